package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablearchive.archive.ArchiveOverview;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.Hit;
import org.cablearchive.model.ReferenceId;

/**
 * The archive's overview as a commit keeps it in its user data: worked out as the commit is made, so that
 * a server's front page reads it instead of counting the whole archive, sorting it by cited-by counts and
 * computing the code that does so as the server starts (docs/benchmarks.md, "Server start").
 *
 * <p>The text is one line per figure, its kind, key and count separated by tabs; the lists of cables keep
 * only their IDs, read back from the same view. The archive's size on disk is not kept: it is measured when
 * asked for.
 */
final class StoredOverview {
  /** Raise whenever the text changes: an overview kept in another form is worked out again. */
  static final String FORM = "1";

  private StoredOverview() {}

  /** Reads the cables that a kept overview names, in the order given, from the view it was kept for. */
  @FunctionalInterface
  interface Summaries {
    List<CableSummary> of(List<ReferenceId> ids) throws IOException;
  }

  static String write(ArchiveOverview overview) {
    StringBuilder text = new StringBuilder(4096).append("form\t").append(FORM).append('\n');
    ArchiveStats stats = overview.stats();
    line(text, "cables", "", stats.cables());
    line(text, "versions", "", stats.versions());
    stats.byClassification().forEach((label, n) -> line(text, "classification", label, n));
    stats.byOrigin().forEach((origin, n) -> line(text, "origin", origin, n));
    stats.byYear().forEach((year, n) -> line(text, "year", Integer.toString(year), n));
    overview.latest().forEach(cable -> line(text, "latest", cable.id().value(), 0));
    overview.mostCited().forEach(hit -> line(text, "cited", hit.cable().id().value(), hit.citedByCount()));
    overview.origins().forEach(count -> line(text, "top-origin", count.value(), count.count()));
    overview.tags().forEach(count -> line(text, "top-tag", count.value(), count.count()));
    overview.years().forEach(bucket -> line(text, "bucket", bucket.key(), bucket.count()));
    return text.toString();
  }

  /**
   * The overview kept in {@code text}, with the archive's size on disk as measured now; empty when the text
   * is in another form or names a cable the view does not hold (it is then worked out again).
   */
  static Optional<ArchiveOverview> read(String text, Summaries summaries, long indexBytes) throws IOException {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals("form\t" + FORM)) {
      return Optional.empty();
    }
    Figures figures = new Figures();
    for (int i = 1; i < lines.length; i++) {
      figures.add(lines[i].split("\t", -1));
    }
    List<CableSummary> latest = summaries.of(figures.latest);
    List<CableSummary> cited = summaries.of(figures.cited);
    if (latest.size() != figures.latest.size() || cited.size() != figures.cited.size()) {
      return Optional.empty();
    }
    List<Hit> mostCited = new ArrayList<>(cited.size());
    for (int i = 0; i < cited.size(); i++) {
      mostCited.add(new Hit(cited.get(i), figures.citedBy.get(i), List.of()));
    }
    ArchiveStats stats = new ArchiveStats(figures.cables, figures.versions, figures.byClassification, figures.byOrigin,
        figures.byYear, indexBytes);
    return Optional.of(new ArchiveOverview(stats, latest, mostCited, figures.origins, figures.tags, figures.years));
  }

  private static void line(StringBuilder text, String kind, String key, long count) {
    text.append(kind).append('\t').append(escaped(key)).append('\t').append(count).append('\n');
  }

  /** A value never holds a tab or a line break in the archive, but one that did would not break the text. */
  private static String escaped(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescaped(String value) {
    StringBuilder plain = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /** The figures of a kept overview, as its lines are read. */
  private static final class Figures {
    long cables;
    long versions;
    final Map<String, Long> byClassification = new LinkedHashMap<>();
    final Map<String, Long> byOrigin = new LinkedHashMap<>();
    final Map<Integer, Long> byYear = new LinkedHashMap<>();
    final List<ReferenceId> latest = new ArrayList<>();
    final List<ReferenceId> cited = new ArrayList<>();
    final List<Integer> citedBy = new ArrayList<>();
    final List<FacetCount> origins = new ArrayList<>();
    final List<FacetCount> tags = new ArrayList<>();
    final List<HistogramBucket> years = new ArrayList<>();

    void add(String[] line) {
      if (line.length != 3) {
        throw new IllegalArgumentException("an overview line has " + line.length + " fields, not 3");
      }
      String key = unescaped(line[1]);
      long n = Long.parseLong(line[2]);
      switch (line[0]) {
        case "cables" -> cables = n;
        case "versions" -> versions = n;
        case "classification" -> byClassification.put(key, n);
        case "origin" -> byOrigin.put(key, n);
        case "year" -> byYear.put(Integer.parseInt(key), n);
        case "latest" -> latest.add(ReferenceId.of(key));
        case "cited" -> {
          cited.add(ReferenceId.of(key));
          citedBy.add(Math.toIntExact(n));
        }
        case "top-origin" -> origins.add(new FacetCount(key, n));
        case "top-tag" -> tags.add(new FacetCount(key, n));
        case "bucket" -> years.add(new HistogramBucket(key, n));
        default -> throw new IllegalArgumentException("an overview line of an unknown kind: " + line[0]);
      }
    }
  }
}
