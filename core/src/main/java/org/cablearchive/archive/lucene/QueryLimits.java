package org.cablearchive.archive.lucene;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.cablearchive.archive.QueryException;

/**
 * Refuses queries whose cost grows with the index rather than with what a reader asks: many words
 * with {@code * ? ~} or regular expressions (each reads a share of the term dictionary), hundreds of
 * clauses, parentheses nested deeper than anyone writes. Short queries of any kind pass.
 */
final class QueryLimits {
  static final int MAX_PATTERN_WORDS = 10;
  static final int MAX_CLAUSES = 200;
  static final int MAX_NESTING = 20;

  private QueryLimits() {}

  /** Checks the query's text before parsing: its parentheses' depth (quoted and escaped ones do not count). */
  static void checkText(String query) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new QueryException("parentheses nest more than " + MAX_NESTING + " deep", i);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  /** Checks the parsed query's size. */
  static void checkParsed(Query query) {
    Count count = new Count();
    query.visit(count);
    if (count.patterns > MAX_PATTERN_WORDS) {
      throw new QueryException("at most " + MAX_PATTERN_WORDS + " words with *, ?, ~ or /regular expressions/ per query", -1);
    }
    if (count.clauses > MAX_CLAUSES) {
      throw new QueryException("at most " + MAX_CLAUSES + " words and clauses per query", -1);
    }
  }

  /** Counts leaves; the same counter serves every nested boolean query. */
  private static final class Count extends QueryVisitor {
    int clauses;
    int patterns;

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      clauses++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      clauses++;
      patterns++;
    }

    @Override
    public void visitLeaf(Query query) {
      clauses++;
    }
  }
}
