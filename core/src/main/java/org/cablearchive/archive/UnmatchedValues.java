package org.cablearchive.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values of whole-value fields ({@code origin:}, {@code tag:}, {@code classification:}, {@code handling:})
 * that a query names but no cable has. {@code origin:mexico} finds nothing, since an origin is a whole name
 * ("Embassy Mexico"), and {@code origin:Embassy Mexico} asks for the origin "Embassy" and the word "Mexico":
 * each such value comes back with the values that exist and look meant, and the query rewritten with each,
 * so that a search that finds nothing says why and where to go instead.
 */
public final class UnmatchedValues {
  /** Suggestions per unmatched value, the most frequent first. */
  static final int SUGGESTIONS = 5;
  /** Bare words after an unquoted value tried as the rest of it ({@code origin:Embassy Mexico City}). */
  private static final int JOINED_WORDS = 4;
  /** Enough for every value of a field in the full corpus (about 270 origins, a few thousand tags). */
  private static final int ALL_VALUES = 100_000;
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "TO");
  private static final Map<String, FacetField> FIELDS = Map.of(
      "origin", FacetField.ORIGIN, "tag", FacetField.TAG, "classification", FacetField.CLASSIFICATION,
      "handling", FacetField.HANDLING);

  /** A value that exists, with how many cables have it and the query with it in place of the unmatched one. */
  public record Suggestion(String value, long count, String query) {}

  /**
   * A value no cable has.
   *
   * @param field the field as the query named it ({@code origin})
   * @param value the value as the query gave it ({@code mexico})
   * @param suggestions the existing values it most likely meant; empty when none looks like it
   */
  public record Unmatched(String field, String value, List<Suggestion> suggestions) {
    /** {@code origin:mexico matches no cable: origin values are matched whole. Did you mean origin:"Embassy Mexico" (53 cables)?} */
    public String message() {
      String head = problem();
      if (suggestions.isEmpty()) {
        return head;
      }
      List<String> options = suggestions.stream()
          .map(s -> field + ":" + quoted(s.value()) + " (" + String.format(Locale.ROOT, "%,d", s.count())
              + (s.count() == 1 ? " cable)" : " cables)"))
          .toList();
      return head + " Did you mean " + String.join(" or ", options) + "?";
    }

    /** The first sentence of {@link #message()}, or all of it when there is nothing to suggest. */
    public String problem() {
      String head = field + ":" + quoted(value) + " matches no cable: " + field + " values are matched whole.";
      return suggestions.isEmpty() ? head + " No " + field + " contains \"" + value + "\"." : head;
    }
  }

  /** A whole-value clause of a query: where it stands, so that it can be replaced. */
  record Clause(String field, FacetField facet, String value, boolean quoted, int start, int end, List<Word> following) {}

  /** A bare word after an unquoted value, and where it ends. */
  record Word(String text, int end) {}

  private UnmatchedValues() {}

  /** The whole values {@code query} names that no cable in {@code archive} has, in the order the query names them. */
  public static List<Unmatched> in(String query, Archive archive) throws IOException {
    List<Clause> clauses = clauses(query);
    if (clauses.isEmpty()) {
      return List.of();
    }
    SearchResult all = archive.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, null, true, ALL_VALUES, null, false));
    List<Unmatched> unmatched = new ArrayList<>();
    for (Clause clause : clauses) {
      check(query, clause, all.facets().getOrDefault(clause.facet(), List.of())).ifPresent(unmatched::add);
    }
    return unmatched;
  }

  private static Optional<Unmatched> check(String query, Clause clause, List<FacetCount> values) {
    Map<String, FacetCount> byLowerCase = new HashMap<>();
    values.forEach(v -> byLowerCase.putIfAbsent(lower(v.value()), v));
    if (byLowerCase.containsKey(lower(clause.value()))) {
      return Optional.empty();
    }
    // origin:Embassy Mexico — the reader meant the words that follow as part of the value.
    StringBuilder joined = new StringBuilder(clause.value());
    List<Suggestion> byJoining = new ArrayList<>();
    for (Word word : clause.following()) {
      joined.append(' ').append(word.text());
      FacetCount found = byLowerCase.get(lower(joined.toString()));
      if (found != null) {
        byJoining = List.of(suggestion(query, clause, found, word.end()));
      }
    }
    if (!byJoining.isEmpty()) {
      return Optional.of(new Unmatched(clause.field(), clause.value(), byJoining));
    }
    List<FacetCount> similar = similar(clause.value(), values);
    return Optional.of(new Unmatched(clause.field(), clause.value(),
        similar.stream().map(v -> suggestion(query, clause, v, clause.end())).toList()));
  }

  /** Values having the given one as a word, else containing it; the most frequent first. */
  private static List<FacetCount> similar(String given, List<FacetCount> values) {
    String wanted = lower(given).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String asWords = " " + wanted + " ";
    List<FacetCount> byWord = values.stream()
        .filter(v -> (" " + lower(v.value()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ").contains(asWords))
        .toList();
    List<FacetCount> found = byWord.isEmpty()
        ? values.stream().filter(v -> lower(v.value()).contains(lower(given))).toList()
        : byWord;
    return found.stream()
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static Suggestion suggestion(String query, Clause clause, FacetCount value, int replacedEnd) {
    String rewritten = query.substring(0, clause.start()) + clause.field() + ":" + quoted(value.value()) + query.substring(replacedEnd);
    return new Suggestion(value.value(), value.count(), rewritten);
  }

  /** The value as the query syntax needs it: bare when it is one word of letters and digits, else in quotes. */
  static String quoted(String value) {
    return value.matches("[\\p{L}\\p{N}_.]+") ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * The whole-value clauses of a query with a plain value (a word or a phrase; patterns, ranges and
   * fuzzy values are left alone), skipping phrases and escaped characters.
   */
  static List<Clause> clauses(String query) {
    List<Clause> clauses = new ArrayList<>();
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        i = closingQuote(query, i) + 1;
      } else if (Character.isLetter(c) && (i == 0 || "( \t\r\n+-".indexOf(query.charAt(i - 1)) >= 0)) {
        int colon = i;
        while (colon < n && Character.isLetter(query.charAt(colon))) {
          colon++;
        }
        String name = query.substring(i, colon);
        FacetField facet = FIELDS.get(lower(name));
        if (facet != null && colon < n && query.charAt(colon) == ':') {
          Clause clause = clause(query, name, facet, i, colon + 1);
          if (clause != null) {
            clauses.add(clause);
            i = clause.end();
            continue;
          }
        }
        i = Math.max(colon, i + 1);
      } else {
        i++;
      }
    }
    return clauses;
  }

  private static Clause clause(String query, String field, FacetField facet, int start, int valueStart) {
    int n = query.length();
    if (valueStart >= n) {
      return null;
    }
    if (query.charAt(valueStart) == '"') {
      int close = closingQuote(query, valueStart);
      if (close >= n || close + 1 < n && (query.charAt(close + 1) == '~' || query.charAt(close + 1) == '^')) {
        return null;
      }
      String value = unescape(query.substring(valueStart + 1, close));
      return value.isBlank() ? null : new Clause(lower(field), facet, value, true, start, close + 1, List.of());
    }
    int end = valueStart;
    while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != ')') {
      end += query.charAt(end) == '\\' ? 2 : 1;
    }
    end = Math.min(end, n);
    String raw = query.substring(valueStart, end);
    if (raw.isEmpty() || "([{".indexOf(raw.charAt(0)) >= 0 || raw.matches(".*(?<!\\\\)[*?~^].*")) {
      return null;
    }
    return new Clause(lower(field), facet, unescape(raw), false, start, end, following(query, end));
  }

  private static List<Word> following(String query, int from) {
    List<Word> words = new ArrayList<>();
    int i = from;
    int n = query.length();
    while (words.size() < JOINED_WORDS) {
      while (i < n && query.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(query.charAt(i)) && "()\"".indexOf(query.charAt(i)) < 0) {
        i++;
      }
      String word = query.substring(start, i);
      if (word.isEmpty() || word.contains(":") || word.startsWith("+") || word.startsWith("-") || OPERATORS.contains(word)
          || word.matches(".*[*?~^\\\\].*")) {
        break;
      }
      words.add(new Word(word, i));
    }
    return words;
  }

  /** The index of the quote closing the phrase opened at {@code open}, or the query's length. */
  private static int closingQuote(String query, int open) {
    for (int i = open + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return query.length();
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\(.)", "$1");
  }
}
