package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under a list of results: previous, numbered pages around this one with the first and
 * the last, and next. Numbered pages reach {@link SearchForm#MAX_PAGED_HITS} hits; beyond them Next
 * follows the archive's cursor, without end.
 *
 * @param previousHref the page before, or null on the first
 * @param pages numbered links in order; a null href is this page, a null label a gap
 * @param nextHref the page after, or null on the last
 */
public record Pager(String previousHref, List<PageLink> pages, String nextHref) {
  /** Pages shown on each side of this one. */
  private static final int AROUND = 2;

  /** A numbered page: {@code label} null for a gap ("…"), {@code href} null for the page shown. */
  public record PageLink(String label, String href) {
    public boolean gap() {
      return label == null;
    }

    public boolean current() {
      return label != null && href == null;
    }
  }

  /**
   * @param form this page
   * @param total the search's hits
   * @param nextCursor the archive's cursor after this page, or null after the last
   * @param path where the list is served ({@code /search}, {@code /tag/PREL})
   */
  public static Pager of(SearchForm form, long total, String nextCursor, String path) {
    int limit = form.limit();
    int current = form.pageNumber();
    long lastByCount = Math.max(1, (total + limit - 1) / limit);
    int lastNumbered = (int) Math.min(lastByCount, Math.max(1, SearchForm.MAX_PAGED_HITS / limit));
    String previous = current <= 1 ? null : current - 1 <= lastNumbered ? form.atPage(current - 1).at(path) : form.first().at(path);
    String next = null;
    if (nextCursor != null) {
      next = current + 1 <= lastNumbered ? form.atPage(current + 1).at(path)
          : form.next(nextCursor, limit).at(path);
    }
    List<PageLink> pages = new ArrayList<>();
    if (current > lastNumbered) {
      // reached by the cursor, past the numbered pages
      pages.add(link(form, 1, current, path));
      pages.add(new PageLink(null, null));
      pages.add(link(form, current, current, path));
    } else if (lastByCount > 1) {
      int from = Math.max(1, current - AROUND);
      int to = Math.min(lastNumbered, current + AROUND);
      if (from > 1) {
        pages.add(link(form, 1, current, path));
        if (from > 2) {
          pages.add(new PageLink(null, null));
        }
      }
      for (int n = from; n <= to; n++) {
        pages.add(link(form, n, current, path));
      }
      if (to < lastNumbered) {
        if (to < lastNumbered - 1) {
          pages.add(new PageLink(null, null));
        }
        pages.add(link(form, lastNumbered, current, path));
      }
    }
    return new Pager(previous, pages, next);
  }

  private static PageLink link(SearchForm form, int n, int current, String path) {
    return new PageLink(String.format(java.util.Locale.ROOT, "%,d", n), n == current ? null : form.atPage(n).at(path));
  }

  public boolean isEmpty() {
    return previousHref == null && nextHref == null && pages.isEmpty();
  }
}
