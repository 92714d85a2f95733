package org.cablearchive.web;

/**
 * What the page frame needs besides the page itself.
 *
 * @param title the document title
 * @param query the search text to show in the header's search box
 * @param feed the path of an Atom feed for this page, or null
 */
public record Chrome(String title, String query, String feed) {
  public static Chrome titled(String title) {
    return new Chrome(title, "", null);
  }
}
