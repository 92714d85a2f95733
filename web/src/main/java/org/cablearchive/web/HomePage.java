package org.cablearchive.web;

import java.util.List;
import org.cablearchive.web.search.DateHistogram;

/**
 * The front page: how much the archive holds, and the archive opened at its most read corners: the
 * latest releases, the most-cited cables, the busiest origins and tags, and the whole timeline.
 */
public record HomePage(Chrome chrome, String cables, String versions, int origins, List<Count> classifications,
    List<CableRow> latest, List<Cited> mostCited, List<Count> origins10, List<Count> tags, DateHistogram timeline) {
  /** A value with its list, its count and what it means (tags), or an empty title. */
  public record Count(String label, String href, long count, String title) {}

  /** A cable with how many archived cables cite it. */
  public record Cited(CableRow row, String citedBy) {}
}
