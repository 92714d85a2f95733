package org.cablearchive.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A family of queries built to cost as much as the query language allows: phrases of the commonest
 * words with and without a slop (up to 150 words, slop up to a million), long AND and OR lists of them,
 * phrases OR'ed together (the longest lists and ORs as many as a query's 1,000 characters hold), one- and two-letter prefixes, fuzzy short words, regular expressions that
 * match most terms, and every cable. Each is asked as the search page asks (20 hits with snippets,
 * facets and a histogram, by relevance), and the costliest shapes also for the largest page (1,000
 * hits with snippets). The same family serves the cost test, the reliability test and the benchmark.
 */
public final class CostlyQueries {
  /** The commonest words of the cables' text (the first ones of any English text). */
  public static final List<String> COMMON = List.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
      "by", "with", "as", "be", "from", "at", "this", "are", "has", "will", "not", "an", "it", "was", "have", "said",
      "he", "his", "which", "or", "government", "minister", "would", "also", "its", "were", "but", "been", "president",
      "they", "who", "their", "had", "embassy", "political", "there", "other", "more", "us", "all");

  /** One member of the family: what it is, and the request. */
  public record Member(String name, SearchRequest request) {}

  private CostlyQueries() {}

  public static List<Member> family() {
    List<Member> family = new ArrayList<>();
    for (int words : new int[] {2, 3, 5, 10, 25, 50, 100, 150}) {
      for (int slop : new int[] {0, 2, 10, 1_000_000}) {
        family.add(page("phrase of " + words + " words, slop " + slop, phrase(0, words) + (slop == 0 ? "" : "~" + slop)));
      }
    }
    for (int most : new int[] {10, 25, 50, 100, 199}) {
      int or = fitting(most, n -> words(n, " OR "));
      int and = fitting(most, n -> words(n, " AND "));
      family.add(page("OR of " + or + " words", words(or, " OR ")));
      family.add(page("AND of " + and + " words", words(and, " AND ")));
    }
    for (int most : new int[] {5, 20, 66}) {
      int phrases = fitting(most, CostlyQueries::sloppyPhrases);
      family.add(page(phrases + " phrases of 3 words with slop 1000000, OR'ed", sloppyPhrases(phrases)));
    }
    family.add(page("10-word phrase with slop 10 AND an OR of 100 words",
        phrase(0, 10) + "~10 AND (" + words(100, " OR ") + ")"));
    family.add(page("ten one-letter prefixes, OR'ed", "a* OR b* OR c* OR d* OR e* OR f* OR g* OR m* OR p* OR s*"));
    family.add(page("ten two-letter prefixes, OR'ed", "co* OR re* OR pr* OR de* OR in* OR st* OR ma* OR pa* OR se* OR ca*"));
    family.add(page("ten fuzzy three-letter words, 2 edits", IntStream.range(0, 10)
        .mapToObj(i -> COMMON.get(i) + "~2").collect(Collectors.joining(" OR "))));
    family.add(page("ten regular expressions matching most terms", IntStream.range(0, 10)
        .mapToObj(i -> "/.*" + (char) ('a' + i) + ".*/").collect(Collectors.joining(" OR "))));
    family.add(page("every cable", ""));
    family.add(page("every cable by date range", "created:[* TO *]"));
    family.add(largest("phrase of 150 words, slop 1000000, 1,000 hits", phrase(0, 150) + "~1000000"));
    int or = fitting(199, n -> words(n, " OR "));
    family.add(largest("OR of " + or + " words, 1,000 hits", words(or, " OR ")));
    family.add(largest("every cable, 1,000 hits", ""));
    return family;
  }

  /**
   * The most of {@code most} parts whose query the language admits: a query is at most
   * {@link SearchRequest#MAX_QUERY_LENGTH} characters.
   */
  private static int fitting(int most, IntFunction<String> query) {
    int parts = most;
    while (query.apply(parts).length() > SearchRequest.MAX_QUERY_LENGTH) {
      parts--;
    }
    return parts;
  }

  private static String sloppyPhrases(int count) {
    return IntStream.range(0, count).mapToObj(i -> phrase(i, 3) + "~1000000").collect(Collectors.joining(" OR "));
  }

  /** {@code "w1 w2 …"}: {@code count} common words from the {@code from}-th on, round the list. */
  public static String phrase(int from, int count) {
    return "\"" + IntStream.range(from, from + count).mapToObj(i -> COMMON.get(i % COMMON.size()))
        .collect(Collectors.joining(" ")) + "\"";
  }

  /** {@code count} common words joined by {@code operator}, round the list (a word met again is read again). */
  private static String words(int count, String operator) {
    return IntStream.range(0, count).mapToObj(i -> COMMON.get(i % COMMON.size())).collect(Collectors.joining(operator));
  }

  private static Member page(String name, String query) {
    return new Member(name, new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, null, true, 10,
        HistogramInterval.YEAR, true));
  }

  private static Member largest(String name, String query) {
    return new Member(name, new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1000, null, true, 10,
        HistogramInterval.YEAR, true));
  }
}
