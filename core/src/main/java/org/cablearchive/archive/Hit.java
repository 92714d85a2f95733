package org.cablearchive.archive;

import java.util.List;

/**
 * One search result.
 *
 * @param cable what a result list shows
 * @param citedByCount how many archived cables cite it
 * @param snippets highlighted passages, best first
 */
public record Hit(CableSummary cable, int citedByCount, List<Snippet> snippets) {
  public Hit {
    snippets = List.copyOf(snippets);
  }
}
