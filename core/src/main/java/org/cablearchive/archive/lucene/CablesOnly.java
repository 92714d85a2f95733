package org.cablearchive.archive.lucene;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Keeps a search to cable documents (version documents are stored releases, never hits). Every field
 * a query can name has terms and points on cable documents only, so most queries need no filter (which
 * made every search step through the postings of all cable documents beside its own); a query that
 * could match a document without naming a field (every cable) is filtered by kind.
 */
final class CablesOnly {
  private static final Set<String> CABLE_FIELDS = cableFields();

  private CablesOnly() {}

  static Query of(Query parsed) {
    return needsFilter(parsed) ? new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(CableSearch.CABLES, BooleanClause.Occur.FILTER)
        .build() : parsed;
  }

  /** Whether some required or optional part of the query could match a document through anything but a cable field. */
  static boolean needsFilter(Query query) {
    Finder finder = new Finder();
    query.visit(finder);
    return finder.found;
  }

  private static Set<String> cableFields() {
    Set<String> fields = new HashSet<>(IndexFields.KEYWORDS);
    fields.addAll(IndexFields.ANALYSED);
    fields.addAll(IndexFields.DATES);
    return Set.copyOf(fields);
  }

  private static final class Finder extends QueryVisitor {
    private boolean found;

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      // an excluded part only removes documents
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      for (Term term : terms) {
        found |= !CABLE_FIELDS.contains(term.field());
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      found |= !CABLE_FIELDS.contains(field);
    }

    /** Any other kind of leaf (every document, above all) could match version documents. */
    @Override
    public void visitLeaf(Query query) {
      if (query instanceof PointRangeQuery range) {
        found |= !CABLE_FIELDS.contains(range.getField());
      } else if (!(query instanceof MatchNoDocsQuery)) {
        found = true;
      }
    }
  }
}
