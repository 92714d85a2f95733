package org.cablearchive.archive.lucene;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.cablearchive.archive.QueryException;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;

/**
 * Lucene's classic query syntax over the archive's fields. Keyword fields match whole values
 * case-insensitively, {@code id:} and {@code cites:} accept any spelling of a reference ID, and
 * dates accept partial dates standing for their whole period. Every failure becomes a
 * {@link QueryException} naming a position in the query.
 */
final class ArchiveQueryParser {
  static final int MAX_QUERY_LENGTH = org.cablearchive.archive.SearchRequest.MAX_QUERY_LENGTH;
  private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private final Analyzer analyzer;

  ArchiveQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Parses a query; blank means every cable. */
  Query parse(String query) {
    return read(query).query();
  }

  /**
   * A parsed query with its plain words: for each query the parser made from words or a phrase of the
   * text (unqualified, {@code body:} or {@code subject:}), those words as written.
   */
  record Reading(Query query, Map<Query, String> plainWords) {}

  /** Parses a query, keeping its plain words as written; blank means every cable. */
  Reading read(String query) {
    if (query.isBlank()) {
      return new Reading(new MatchAllDocsQuery(), Map.of());
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QueryException("query is longer than " + MAX_QUERY_LENGTH + " characters", MAX_QUERY_LENGTH);
    }
    QueryLimits.checkText(query);
    Parser parser = new Parser(query, analyzer);
    try {
      Query parsed = parser.parse(query);
      QueryLimits.checkParsed(parsed);
      return new Reading(parsed, parser.plainWords);
    } catch (ParseException e) {
      throw translate(query, e);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryException("a wildcard or regular expression is too complex", -1);
    } catch (IllegalArgumentException e) {
      throw new QueryException(firstLine(e.getMessage()), -1);
    }
  }

  private static QueryException translate(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause();
    if (cause instanceof ParseException syntax && syntax.currentToken != null) {
      Token bad = syntax.currentToken.next;
      if (bad == null || bad.kind == 0) {
        return new QueryException("the query ends too early", query.length());
      }
      return new QueryException("unexpected '" + bad.image + "'", offset(query, bad.beginLine, bad.beginColumn));
    }
    if (cause instanceof TokenMgrError lexical) {
      int quote = unclosedQuote(query);
      if (quote >= 0) {
        return new QueryException("unclosed quote", quote);
      }
      Matcher m = LEXICAL_POSITION.matcher(String.valueOf(lexical.getMessage()));
      int position = m.find() ? offset(query, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : -1;
      return new QueryException("unexpected character", Math.min(position, query.length()));
    }
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return new QueryException("query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")", -1);
    }
    if (cause instanceof QueryException q) {
      return q;
    }
    return new QueryException(firstLine(wrapped.getMessage()), -1);
  }

  /** Where the quote that is never closed opens, or -1. */
  private static int unclosedQuote(String query) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** The 0-based offset of a line (1-based) and column (0-based, as the classic parser's character stream counts). */
  private static int offset(String query, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int newline = query.indexOf('\n', offset);
      if (newline < 0) {
        break;
      }
      offset = newline + 1;
    }
    return offset + Math.max(column, 0);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "query cannot be run";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The classic parser with the archive's field rules; one per query (the classic parser is not thread-safe). */
  private static final class Parser extends QueryParser {
    private static final Map<String, String> FIELDS = fields();
    private final String query;
    /** The queries made from plain words of the text, by identity, with the words as written. */
    private final Map<Query, String> plainWords = new java.util.IdentityHashMap<>();

    Parser(String query, Analyzer analyzer) {
      super(IndexFields.TEXT, analyzer);
      this.query = query;
      setAllowLeadingWildcard(false);
      setDefaultOperator(QueryParserBase.AND_OPERATOR);
      setSplitOnWhitespace(true);
    }

    private static Map<String, String> fields() {
      Map<String, String> names = new java.util.HashMap<>();
      for (String f : IndexFields.KEYWORDS) {
        names.put(f, f);
      }
      for (String f : IndexFields.ANALYSED) {
        names.put(f, f);
      }
      for (String f : IndexFields.DATES) {
        names.put(f, f);
      }
      names.put("body", IndexFields.TEXT);
      return Map.copyOf(names);
    }

    private String field(String name) {
      String field = FIELDS.get(name.toLowerCase(Locale.ROOT));
      if (field == null) {
        throw new QueryException("unknown field '" + name + "' (fields: " + String.join(", ", new TreeSet<>(FIELDS.keySet())) + ")",
            positionOf(name + ":", name));
      }
      return field;
    }

    private int positionOf(String text, String fallback) {
      int at = query.indexOf(text);
      return at >= 0 ? at : Math.max(query.indexOf(fallback), -1);
    }

    @Override
    protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
      String field = field(name);
      if (IndexFields.DATES.contains(field)) {
        PartialDate period = date(text);
        return LongPoint.newRangeQuery(field, period.start(), period.end() - 1);
      }
      if (field.equals(IndexFields.ID) || field.equals(IndexFields.CITES)) {
        return new TermQuery(new Term(field, IndexFields.keyword(canonical(text))));
      }
      if (IndexFields.KEYWORDS.contains(field)) {
        return new TermQuery(new Term(field, IndexFields.keyword(text)));
      }
      return plain(field, text, super.getFieldQuery(field, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
      String field = field(name);
      return plain(field, text, super.getFieldQuery(field, text, slop));
    }

    /** Keeps the words of the text a query was made from (a search by meaning reads them). */
    private Query plain(String field, String text, Query made) {
      if (made != null && (field.equals(IndexFields.TEXT) || field.equals(IndexFields.SUBJECT))) {
        plainWords.put(made, text);
      }
      return made;
    }

    @Override
    protected Query getRangeQuery(String name, String lower, String upper, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String field = field(name);
      if (!IndexFields.DATES.contains(field)) {
        return super.getRangeQuery(field, lower, upper, startInclusive, endInclusive);
      }
      long from = Long.MIN_VALUE;
      long to = Long.MAX_VALUE;
      if (lower != null && !lower.equals("*")) {
        PartialDate period = date(lower);
        from = startInclusive ? period.start() : period.end();
      }
      if (upper != null && !upper.equals("*")) {
        PartialDate period = date(upper);
        to = endInclusive ? period.end() - 1 : period.start() - 1;
      }
      return LongPoint.newRangeQuery(field, from, to);
    }

    @Override
    protected Query getPrefixQuery(String name, String text) throws ParseException {
      return super.getPrefixQuery(textField(name), text);
    }

    @Override
    protected Query getWildcardQuery(String name, String text) throws ParseException {
      if (name.equals("*") && text.equals("*")) {
        return new MatchAllDocsQuery();
      }
      if (text.startsWith("*") || text.startsWith("?")) {
        throw new QueryException("a word cannot start with * or ? (it would read every term)", positionOf(text, text));
      }
      return super.getWildcardQuery(textField(name), text);
    }

    @Override
    protected Query getFuzzyQuery(String name, String text, float similarity) throws ParseException {
      if (similarity > FuzzyQuery.defaultMaxEdits) {
        throw new QueryException("a fuzzy word takes ~1 or ~2 (edits allowed), not ~" + (long) similarity, positionOf(text + "~", text));
      }
      return super.getFuzzyQuery(textField(name), text, similarity);
    }

    @Override
    protected Query getRegexpQuery(String name, String text) throws ParseException {
      return super.getRegexpQuery(textField(name), text);
    }

    /** A field that takes terms: dates take only dates and ranges. */
    private String textField(String name) {
      String field = field(name);
      if (IndexFields.DATES.contains(field)) {
        throw new QueryException(name + ": takes a date (2009, 2009-06, 2009-06-15) or a range [2009-01 TO 2009-06]",
            positionOf(name + ":", name));
      }
      return field;
    }

    private PartialDate date(String text) {
      Optional<PartialDate> period = PartialDate.parse(text.trim());
      return period.orElseThrow(() -> new QueryException(
          "'" + text + "' is not a date (write 2009, 2009-06 or 2009-06-15)", positionOf(text, text)));
    }

    /** Any spelling of an ID as the canonical one; what is not an ID is looked up as written. */
    private static String canonical(String text) {
      return ReferenceIds.canonical(text).map(ReferenceId::value).orElse(text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }
  }
}
