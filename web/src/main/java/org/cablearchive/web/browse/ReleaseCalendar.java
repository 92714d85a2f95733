package org.cablearchive.web.browse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ReleaseDates;

/**
 * The release dates and how many cables each released, newest first. The archive counts them from its
 * own statistics once per view of the index, so the calendar keeps nothing and takes no lock.
 */
final class ReleaseCalendar {
  static final String UNKNOWN = "unknown";

  private final Archive archive;

  ReleaseCalendar(Archive archive) {
    this.archive = archive;
  }

  /** Days {@code YYYY-MM-DD} (UTC) → cables released that day, newest first; "unknown" (last) for none. */
  Map<String, Long> days() throws IOException {
    ReleaseDates dates = archive.releaseDates();
    List<LocalDate> newestFirst = new ArrayList<>(dates.byDay().keySet());
    java.util.Collections.reverse(newestFirst);
    Map<String, Long> days = new LinkedHashMap<>();
    newestFirst.forEach(day -> days.put(day.toString(), dates.byDay().get(day)));
    if (dates.undated() > 0) {
      days.put(UNKNOWN, dates.undated());
    }
    return days;
  }
}
