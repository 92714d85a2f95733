package org.cablearchive.archive;

import java.time.Duration;

/**
 * A search stopped because it ran longer than the time a search may take: the archive is busy, or the
 * query costs more than its words show. Trying again later, or with a narrower query, may succeed.
 */
public class SearchTimeoutException extends RuntimeException {
  private final Duration budget;

  public SearchTimeoutException(Duration budget) {
    super("the search took longer than " + seconds(budget) + " and was stopped; try again, or narrow it"
        + " (fewer common words, a smaller ~slop, a field or a date range)", null, false, false);
    this.budget = budget;
  }

  /** The time a search may take. */
  public Duration budget() {
    return budget;
  }

  private static String seconds(Duration budget) {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
