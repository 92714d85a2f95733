package org.cablearchive.archive;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many cables (current versions) were released on each day, as the archive counts them.
 *
 * @param byDay cables per day of release (UTC), in date order
 * @param undated cables whose source states no release date (cables.csv states none)
 */
public record ReleaseDates(Map<LocalDate, Long> byDay, long undated) {

  public ReleaseDates {
    byDay = java.util.Collections.unmodifiableMap(new TreeMap<>(byDay));
  }
}
