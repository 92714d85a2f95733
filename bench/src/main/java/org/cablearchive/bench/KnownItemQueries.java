package org.cablearchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Cable;

/**
 * Known-item queries: each is made from one cable's summary as a reader would remember it, in other
 * words. The summary's first twelve words that carry meaning (no stop words) are kept in order, and
 * every one that {@code synonyms.tsv} lists is replaced by its synonym; a query keeps at least three
 * replaced words. Cables are drawn in a seeded order, so that the same corpus and seed give the same
 * queries.
 *
 * <p>{@code KnownItemQueries CORPUS.csv OUT.tsv [COUNT [SEED]]} writes {@code id<TAB>query<TAB>replaced}.
 */
public final class KnownItemQueries {
  static final int WORDS_PER_QUERY = 12;
  static final int MIN_REPLACED = 3;
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]");
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "end", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
      "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not",
      "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per",
      "same", "she", "should", "so", "some", "such", "summary", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
      "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
      "will", "with", "within", "without", "would", "you", "your", "comment", "septel", "reftel", "ref");

  /** One query and the cable it was made from. */
  public record KnownItem(String id, String query, int replaced) {}

  private KnownItemQueries() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: KnownItemQueries CORPUS.csv OUT.tsv [COUNT [SEED]]");
      System.exit(2);
    }
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 17;
    List<KnownItem> items = make(ParsedCorpus.read(Path.of(args[0])), synonyms(), count, seed);
    List<String> lines = new ArrayList<>();
    lines.add("# Known-item queries: KnownItemQueries " + Path.of(args[0]).getFileName() + " OUT.tsv " + count + " " + seed);
    lines.add("# id\tquery\treplaced words");
    items.forEach(i -> lines.add(i.id() + "\t" + i.query() + "\t" + i.replaced()));
    Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    double replaced = items.stream().mapToInt(KnownItem::replaced).average().orElse(0);
    System.err.printf("%d queries, %.1f of %d words replaced on average%n", items.size(), replaced, WORDS_PER_QUERY);
  }

  /** Up to {@code count} queries from the cables with a summary, drawn in a seeded order. */
  static List<KnownItem> make(List<Cable> cables, Map<String, String> synonyms, int count, long seed) {
    List<Cable> withSummary = new ArrayList<>(cables.stream()
        .filter(c -> c.summary() != null && !c.summary().isBlank())
        .sorted(Comparator.comparing(c -> c.id().value()))
        .toList());
    Collections.shuffle(withSummary, new Random(seed));
    List<KnownItem> items = new ArrayList<>();
    for (Cable cable : withSummary) {
      KnownItem item = of(cable, synonyms);
      if (item != null) {
        items.add(item);
        if (items.size() == count) {
          break;
        }
      }
    }
    return items;
  }

  /** The query made from one cable's summary, or null when too few of its words can be replaced. */
  static KnownItem of(Cable cable, Map<String, String> synonyms) {
    List<String> words = new ArrayList<>();
    int replaced = 0;
    Matcher m = WORD.matcher(cable.summary());
    while (m.find() && words.size() < WORDS_PER_QUERY) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (word.length() < 3 || STOP_WORDS.contains(word) || (!words.isEmpty() && words.get(words.size() - 1).equals(word))) {
        continue;
      }
      String synonym = synonyms.get(word);
      words.add(synonym == null ? word : synonym);
      replaced += synonym == null ? 0 : 1;
    }
    return words.size() == WORDS_PER_QUERY && replaced >= MIN_REPLACED
        ? new KnownItem(cable.id().value(), String.join(" ", words), replaced) : null;
  }

  static Map<String, String> synonyms() {
    Map<String, String> synonyms = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        KnownItemQueries.class.getResourceAsStream("synonyms.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          synonyms.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms.tsv", e);
    }
    return synonyms;
  }

  /** Reads queries written by {@link #main}. */
  public static List<KnownItem> read(Path tsv) throws IOException {
    List<KnownItem> items = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        items.add(new KnownItem(f[0], f[1], Integer.parseInt(f[2])));
      }
    }
    return items;
  }
}
