package org.cablearchive.archive;

import java.util.Locale;
import java.util.Optional;

/** How a search finds cables. JSON and URL names are the lower-case names. */
public enum SearchMode {
  /** The cables holding the query's words: every match, counted exactly. */
  WORDS,
  /**
   * The cables nearest in meaning to the query's words, within its fields, dates and filters: a ranked
   * list of at most {@link #NEAREST} cables, whatever words they use.
   */
  MEANING,
  /** Word and meaning rankings fused: cables high in either or both come first. */
  BOTH;

  /** How many cables a search by meaning (or both) finds: its facets and histogram count these. */
  public static final int NEAREST = 100;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchMode> fromKey(String key) {
    for (SearchMode mode : values()) {
      if (mode.key().equalsIgnoreCase(key)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
