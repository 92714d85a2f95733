package org.cablearchive.archive.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A query read for a search by meaning: its plain words and phrases say what to look for; everything
 * else — fields, dates, exclusions, prefixes and other patterns — filters the cables searched. Where
 * words are ORed with a field (so that the words could not be taken out without widening the search),
 * the whole query filters and its words are also what to look for.
 *
 * @param words what to look for, as written (blank when the query has no plain words)
 * @param filter what a cable must match, or null for any cable
 * @param parsed the whole query, as a search by words runs it
 * @param anyWord the plain words and phrases ORed, which rank a search by both ways (any of them
 *     counts: a reader's words that differ from a cable's must not drop it); null without words
 */
public record MeaningQuery(String words, Query filter, Query parsed, Query anyWord) {

  static MeaningQuery of(ArchiveQueryParser.Reading reading) {
    Query parsed = reading.query();
    Map<Query, String> plain = reading.plainWords();
    if (parsed instanceof MatchAllDocsQuery) {
      return new MeaningQuery("", null, parsed, null);
    }
    String whole = words(parsed, plain);
    if (whole != null) {
      return new MeaningQuery(whole, null, parsed, anyOf(List.of(parsed)));
    }
    if (!(parsed instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0) {
      return new MeaningQuery("", parsed, parsed, null);
    }
    List<String> words = new ArrayList<>();
    List<Query> wordQueries = new ArrayList<>();
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    for (BooleanClause clause : bool.clauses()) {
      String text = clause.isProhibited() ? null : words(clause.getQuery(), plain);
      if (text != null) {
        words.add(text);
        wordQueries.add(clause.getQuery());
      } else if (clause.getOccur() == BooleanClause.Occur.SHOULD) {
        List<String> all = allWords(parsed, plain);
        return new MeaningQuery(String.join(" ", all), parsed, parsed, all.isEmpty() ? null : parsed);
      } else {
        filter.add(clause.getQuery(), clause.isProhibited() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
      }
    }
    return new MeaningQuery(String.join(" ", words), filter.build(), parsed, wordQueries.isEmpty() ? null : anyOf(wordQueries));
  }

  /** The queries ORed, each boolean query of words opened into its parts (any word of it counts). */
  private static Query anyOf(List<Query> queries) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query query : queries) {
      if (query instanceof BooleanQuery bool) {
        bool.clauses().forEach(c -> any.add(c.getQuery(), BooleanClause.Occur.SHOULD));
      } else {
        any.add(query, BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** Whether there is anything to look for by meaning. */
  public boolean hasWords() {
    return !words.isBlank();
  }

  /**
   * The word ranking of a search by both ways: cables holding any of the words, by relevance, that
   * pass the filter. Null without words.
   */
  public Query wordRanking() {
    if (anyWord == null) {
      return null;
    }
    BooleanQuery.Builder ranking = new BooleanQuery.Builder().add(anyWord, BooleanClause.Occur.MUST);
    if (filter instanceof BooleanQuery clauses && filter != parsed) {
      clauses.clauses().forEach(ranking::add);
    } else if (filter != null) {
      ranking.add(filter, BooleanClause.Occur.FILTER);
    }
    return ranking.build();
  }

  /** The words a query is made of when it is made of plain words only (ANDed or ORed), else null. */
  private static String words(Query query, Map<Query, String> plain) {
    String text = plain.get(query);
    if (text != null) {
      return text;
    }
    if (query instanceof BoostQuery boost) {
      return words(boost.getQuery(), plain);
    }
    if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        String part = clause.isScoring() ? words(clause.getQuery(), plain) : null;
        if (part == null) {
          return null;
        }
        parts.add(part);
      }
      return String.join(" ", parts);
    }
    return null;
  }

  /** Every plain word of the query that is not excluded, in order. */
  private static List<String> allWords(Query query, Map<Query, String> plain) {
    List<String> found = new ArrayList<>();
    String text = plain.get(query);
    if (text != null) {
      found.add(text);
    } else if (query instanceof BoostQuery boost) {
      found.addAll(allWords(boost.getQuery(), plain));
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (!clause.isProhibited()) {
          found.addAll(allWords(clause.getQuery(), plain));
        }
      }
    }
    return found;
  }
}
