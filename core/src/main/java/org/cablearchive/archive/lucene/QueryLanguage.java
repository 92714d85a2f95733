package org.cablearchive.archive.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.Cable;

/**
 * The archive's query language for other backends: parses a query exactly as the embedded archive
 * does (same fields, analysis, partial dates, reference-ID spellings and error messages) and finds
 * the passages of a cable that a query matches. The SolrCloud archive writes the parsed query out in
 * Solr's syntax, so that a query means the same thing on both backends.
 */
public final class QueryLanguage {
  private static final Analyzer ANALYZER = ArchiveAnalyzer.create();

  private QueryLanguage() {}

  /**
   * Parses a query; blank means every cable.
   *
   * @throws org.cablearchive.archive.QueryException naming what is wrong and where
   */
  public static Query parse(String query) {
    return new ArchiveQueryParser(ANALYZER).parse(query);
  }

  /** Reads a query for a search by meaning: the words to look for, and what filters. */
  public static MeaningQuery meaning(String query) {
    return MeaningQuery.of(new ArchiveQueryParser(ANALYZER).read(query));
  }

  /** A cable's paragraph found nearest a query in meaning, as search hits show it (none when it has no such paragraph). */
  public static List<Snippet> nearestInMeaning(Query query, Cable cable, int paragraph) {
    return new PassageFinder(query, ANALYZER).nearestInMeaning(cable, paragraph).map(List::of).orElse(List.of());
  }

  /** The passages of {@code cable} the query matches, best first, as search hits show them. */
  public static List<Snippet> snippets(Query query, Cable cable) {
    PassageFinder passages = new PassageFinder(query, ANALYZER);
    return passages.looksForWords() ? passages.find(cable, CableSearch.SNIPPETS_PER_HIT) : List.of();
  }
}
