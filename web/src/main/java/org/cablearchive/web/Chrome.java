package org.cablearchive.web;

/**
 * What the page frame needs besides the page itself.
 *
 * @param title the document title
 * @param query the search text to show in the header's search box
 * @param feed the path of an Atom feed for this page, or null
 * @param description the page's {@code <meta name=description>}, or null
 * @param preview what a shared link shows (Open Graph), or null
 * @param searchBox whether the header carries the site's search box: not on pages that are a search
 *     box themselves (the front page, the search page), so that a page has one search landmark
 */
public record Chrome(String title, String query, String feed, String description, Preview preview, boolean searchBox) {

  /** The Open Graph properties of a page: how a link to it previews where it is shared. */
  public record Preview(String type, String title, String url, String description, String published) {}

  public Chrome(String title, String query, String feed) {
    this(title, query, feed, null, null, true);
  }

  public static Chrome titled(String title) {
    return new Chrome(title, "", null);
  }

  /** This frame without the header's search box (the page has its own). */
  public Chrome withoutSearchBox() {
    return new Chrome(title, query, feed, description, preview, false);
  }
}
