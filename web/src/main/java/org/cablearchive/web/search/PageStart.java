package org.cablearchive.web.search;

import java.io.IOException;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.web.HttpError;

/**
 * Where a page asked for by its number starts. The archive pages with cursors only, so the hits before
 * the page are walked a thousand at a time, without facets, histogram or snippets (at most ten steps:
 * numbered pages reach {@link SearchForm#MAX_PAGED_HITS} hits), and the page runs from the cursor reached.
 */
public final class PageStart {
  private static final int STEP = 1000;

  private PageStart() {}

  /** The form with the cursor its page starts at; a 404 naming the last page when the search ends before it. */
  public static SearchForm resolve(Archive archive, SearchForm form, String archiveQuery) throws IOException {
    if (!form.needsWalk()) {
      return form;
    }
    String cursor = null;
    long walked = 0;
    long total = 0;
    while (walked < form.from()) {
      int step = (int) Math.min(STEP, form.from() - walked);
      SearchRequest request = new SearchRequest(archiveQuery, form.filters(), form.sort(), step, cursor, false, 0, null, false,
          form.mode());
      SearchResult result = archive.search(request);
      total = result.total();
      walked += result.hits().size();
      cursor = result.next();
      if (cursor == null || result.hits().isEmpty()) {
        break;
      }
    }
    if (walked < form.from() || cursor == null) {
      long pages = Math.max(1, (total + form.limit() - 1) / form.limit());
      throw HttpError.notFound("This search has " + org.cablearchive.web.Counted.of(pages, "page") + " of " + form.limit()
          + "; there is no page " + form.pageNumber() + ".");
    }
    return form.startingAt(cursor);
  }
}
