package org.cablearchive.web.browse;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.web.SitePaths;

/**
 * The release dates and how many cables each released. The archive counts no facet for release
 * dates, so the calendar walks every cable's summary once and keeps the counts until the archive's
 * size changes.
 */
final class ReleaseCalendar {
  private static final int PAGE = 100;
  static final String UNKNOWN = "unknown";

  private final Archive archive;
  private Snapshot snapshot;

  private record Snapshot(long cables, long versions, Map<String, Long> days) {}

  ReleaseCalendar(Archive archive) {
    this.archive = archive;
  }

  /** Days {@code YYYY-MM-DD} (UTC) → cables released that day, newest first; "unknown" (last) for none. */
  synchronized Map<String, Long> days() throws IOException {
    ArchiveStats stats = archive.stats();
    if (snapshot == null || snapshot.cables() != stats.cables() || snapshot.versions() != stats.versions()) {
      snapshot = new Snapshot(stats.cables(), stats.versions(), count());
    }
    return snapshot.days();
  }

  private Map<String, Long> count() throws IOException {
    // Digits sort before letters, so reversed order puts "unknown" first: it is moved last below.
    Map<String, Long> days = new TreeMap<>(java.util.Comparator.reverseOrder());
    String cursor = null;
    do {
      SearchResult page = archive.search(
          new SearchRequest("", Map.of(), SortOrder.RELEASED_DESC, PAGE, cursor, false, 0, null, false));
      for (Hit hit : page.hits()) {
        Instant released = hit.cable().released();
        days.merge(released == null ? UNKNOWN : SitePaths.day(released), 1L, Long::sum);
      }
      cursor = page.hits().isEmpty() ? null : page.next();
    } while (cursor != null);
    Map<String, Long> ordered = new java.util.LinkedHashMap<>(days);
    Long unknown = ordered.remove(UNKNOWN);
    if (unknown != null) {
      ordered.put(UNKNOWN, unknown);
    }
    return ordered;
  }
}
