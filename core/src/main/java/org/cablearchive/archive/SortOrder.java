package org.cablearchive.archive;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How results are ordered. Ties are broken by reference ID so that paging is stable. Each order has one
 * name that every front end uses (pages, API, CLI): {@link #key()}.
 */
public enum SortOrder {
  RELEVANCE,
  CREATED_ASC,
  CREATED_DESC,
  RELEASED_ASC,
  RELEASED_DESC,
  /** Most-cited first. */
  CITED_DESC,
  /** Highest citation rank first ({@link org.cablearchive.network.CitationRank}). */
  RANK;

  /** The order's name: {@code CREATED_DESC} is {@code created-desc}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The order of that name (case ignored), if there is one. */
  public static Optional<SortOrder> fromKey(String key) {
    return Arrays.stream(values()).filter(o -> o.key().equalsIgnoreCase(key.strip())).findFirst();
  }

  /** Every name, for messages: "relevance, created-asc, …". */
  public static String keys() {
    return Arrays.stream(values()).map(SortOrder::key).collect(Collectors.joining(", "));
  }
}
