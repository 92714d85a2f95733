package org.cablearchive.archive.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.cablearchive.archive.QueryException;

/**
 * Writes a query the archive's parser built back out in Solr's standard syntax, so that SolrCloud runs
 * exactly the query the embedded archive runs: terms, which are already analysed, travel as exact-term
 * parameters ({@code {!term}}) rather than as text Solr would analyse again.
 */
final class QueryWriter {
  private static final String MATCH_NOTHING = "(*:* -*:*)";
  private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/ ";

  private final Map<String, String> params = new LinkedHashMap<>();

  /**
   * The query in Solr's standard syntax.
   *
   * @param q the main query string
   * @param params the parameters it refers to ({@code $t1}, ...)
   */
  record Written(String q, Map<String, String> params) {}

  static Written write(Query query) {
    QueryWriter writer = new QueryWriter();
    String q = writer.clause(query);
    return new Written(q, Map.copyOf(writer.params));
  }

  private String clause(Query query) {
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    if (query instanceof BoostQuery boost) {
      return "(" + clause(boost.getQuery()) + ")^" + boost.getBoost();
    }
    if (query instanceof TermQuery term) {
      return nested("term", term.getTerm());
    }
    if (query instanceof PrefixQuery prefix) {
      return nested("prefix", prefix.getPrefix());
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase(phrase);
    }
    if (query instanceof WildcardQuery wildcard) {
      return wildcard.getField() + ":" + wildcardPattern(wildcard.getTerm().text());
    }
    if (query instanceof FuzzyQuery fuzzy) {
      return fuzzy.getField() + ":" + escape(fuzzy.getTerm().text()) + "~" + fuzzy.getMaxEdits();
    }
    if (query instanceof RegexpQuery regexp) {
      return regexp.getField() + ":/" + regexp.getRegexp().text().replace("/", "\\/") + "/";
    }
    if (query instanceof TermRangeQuery range) {
      return range.getField() + ":" + (range.includesLower() ? "[" : "{")
          + bound(range.getLowerTerm() == null ? null : range.getLowerTerm().utf8ToString()) + " TO "
          + bound(range.getUpperTerm() == null ? null : range.getUpperTerm().utf8ToString())
          + (range.includesUpper() ? "]" : "}");
    }
    if (query instanceof PointRangeQuery range && range.getNumDims() == 1 && range.getBytesPerDim() == Long.BYTES) {
      return range.getField() + ":[" + longBound(LongPoint.decodeDimension(range.getLowerPoint(), 0)) + " TO "
          + longBound(LongPoint.decodeDimension(range.getUpperPoint(), 0)) + "]";
    }
    if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (query instanceof MatchNoDocsQuery) {
      return MATCH_NOTHING;
    }
    throw new QueryException("this query cannot be run on SolrCloud: " + query.getClass().getSimpleName(), -1);
  }

  /** A boolean query with only prohibited clauses matches nothing in Lucene; Solr would match the rest. */
  private String bool(BooleanQuery bool) {
    List<String> clauses = new ArrayList<>();
    boolean positive = false;
    for (BooleanClause c : bool.clauses()) {
      String prefix = switch (c.getOccur()) {
        case MUST -> "+";
        case FILTER -> "+filter(";
        case MUST_NOT -> "-";
        case SHOULD -> "";
      };
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
      clauses.add(prefix + clause(c.getQuery()) + (c.getOccur() == BooleanClause.Occur.FILTER ? ")" : ""));
    }
    if (bool.getMinimumNumberShouldMatch() > 0) {
      throw new QueryException("this query cannot be run on SolrCloud: it needs a minimum of optional clauses", -1);
    }
    return positive ? "(" + String.join(" ", clauses) + ")" : MATCH_NOTHING;
  }

  private String phrase(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    if (terms.length == 0) {
      return MATCH_NOTHING;
    }
    StringBuilder words = new StringBuilder();
    for (Term t : terms) {
      words.append(words.length() == 0 ? "" : " ").append(t.text().replace("\\", "\\\\").replace("\"", "\\\""));
    }
    return terms[0].field() + ":\"" + words + "\"" + (phrase.getSlop() > 0 ? "~" + phrase.getSlop() : "");
  }

  /** An exact term handed over as a parameter, so that it is neither escaped nor analysed again. */
  private String nested(String parser, Term term) {
    String name = "t" + (params.size() + 1);
    params.put(name, term.text());
    return "_query_:\"{!" + parser + " f=" + term.field() + " v=$" + name + "}\"";
  }

  private static String bound(String value) {
    return value == null ? "*" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String longBound(long value) {
    return value == Long.MIN_VALUE || value == Long.MAX_VALUE ? "*" : Long.toString(value);
  }

  /** Escapes everything but the wildcards, keeping the escapes the pattern already has. */
  private static String wildcardPattern(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (c == '*' || c == '?') {
        out.append(c);
      } else {
        out.append(SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
    }
    return out.toString();
  }
}
