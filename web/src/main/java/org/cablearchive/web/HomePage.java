package org.cablearchive.web;

import java.util.List;

/** The front page: how much the archive holds and where to start. */
public record HomePage(Chrome chrome, String cables, String versions, int origins, List<Count> classifications) {
  /** A value with its list and count. */
  public record Count(String label, String href, long count) {}
}
