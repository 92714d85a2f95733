package org.cablearchive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Prints the search page's address for every query of the mix, one per line, for wrk to cycle through. */
public final class SearchPaths {
  private SearchPaths() {}

  public static void main(String[] args) {
    for (BenchQuery q : QueryMix.load()) {
      System.out.println("/search?q=" + URLEncoder.encode(q.archive(), StandardCharsets.UTF_8));
    }
  }
}
