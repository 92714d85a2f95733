package org.cablearchive.archive.lucene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
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
 * <p>Written as {@link StoredRelated} is, with data streams, in Base64 since commit data is text. The lists of
 * cables keep only their IDs, read back from the same view; the archive's size on disk is not kept: it is
 * measured when asked for.
 */
final class StoredOverview {
  /** The first byte of the form: raise it whenever the form changes (an overview kept in another is worked out again). */
  static final int FORM = 1;

  private StoredOverview() {}

  /** Reads the cables that a kept overview names, in the order given, from the view it was kept for. */
  @FunctionalInterface
  interface Summaries {
    List<CableSummary> of(List<ReferenceId> ids) throws IOException;
  }

  static String write(ArchiveOverview overview) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORM);
      ArchiveStats stats = overview.stats();
      out.writeLong(stats.cables());
      out.writeLong(stats.versions());
      writeCounts(out, stats.byClassification());
      writeCounts(out, stats.byOrigin());
      Map<String, Long> byYear = new LinkedHashMap<>();
      stats.byYear().forEach((year, n) -> byYear.put(Integer.toString(year), n));
      writeCounts(out, byYear);
      Map<String, Long> latest = new LinkedHashMap<>();
      overview.latest().forEach(cable -> latest.put(cable.id().value(), 0L));
      writeCounts(out, latest);
      Map<String, Long> cited = new LinkedHashMap<>();
      overview.mostCited().forEach(hit -> cited.put(hit.cable().id().value(), (long) hit.citedByCount()));
      writeCounts(out, cited);
      writeCounts(out, facetCounts(overview.origins()));
      writeCounts(out, facetCounts(overview.tags()));
      Map<String, Long> years = new LinkedHashMap<>();
      overview.years().forEach(bucket -> years.put(bucket.key(), bucket.count()));
      writeCounts(out, years);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /**
   * The overview kept in {@code text}, with the archive's size on disk as measured now; empty when the text
   * is in another form, cannot be read, or names a cable the view does not hold (it is then worked out again).
   */
  static Optional<ArchiveOverview> read(String text, Summaries summaries, long indexBytes) throws IOException {
    List<Map<String, Long>> counts = new ArrayList<>();
    long cables;
    long versions;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
      if (in.readByte() != FORM) {
        return Optional.empty();
      }
      cables = in.readLong();
      versions = in.readLong();
      for (int i = 0; i < 8; i++) {
        counts.add(readCounts(in));
      }
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    List<CableSummary> latest = summaries.of(ids(counts.get(3)));
    List<CableSummary> cited = summaries.of(ids(counts.get(4)));
    if (latest.size() != counts.get(3).size() || cited.size() != counts.get(4).size()) {
      return Optional.empty();
    }
    List<Long> citedBy = List.copyOf(counts.get(4).values());
    List<Hit> mostCited = new ArrayList<>(cited.size());
    for (int i = 0; i < cited.size(); i++) {
      mostCited.add(new Hit(cited.get(i), Math.toIntExact(citedBy.get(i)), List.of()));
    }
    Map<Integer, Long> byYear = new LinkedHashMap<>();
    counts.get(2).forEach((year, n) -> byYear.put(Integer.parseInt(year), n));
    ArchiveStats stats = new ArchiveStats(cables, versions, counts.get(0), counts.get(1), byYear, indexBytes);
    List<HistogramBucket> years = counts.get(7).entrySet().stream().map(e -> new HistogramBucket(e.getKey(), e.getValue())).toList();
    return Optional.of(new ArchiveOverview(stats, latest, mostCited, facetCounts(counts.get(5)), facetCounts(counts.get(6)), years));
  }

  private static void writeCounts(DataOutputStream out, Map<String, Long> counts) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      out.writeUTF(count.getKey());
      out.writeLong(count.getValue());
    }
  }

  /** Values and their counts, in the order written. */
  private static Map<String, Long> readCounts(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      counts.put(in.readUTF(), in.readLong());
    }
    return counts;
  }

  private static Map<String, Long> facetCounts(List<FacetCount> counts) {
    Map<String, Long> byValue = new LinkedHashMap<>();
    counts.forEach(count -> byValue.put(count.value(), count.count()));
    return byValue;
  }

  private static List<FacetCount> facetCounts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }

  private static List<ReferenceId> ids(Map<String, Long> counts) {
    return counts.keySet().stream().map(ReferenceId::of).toList();
  }
}
