package org.cablearchive.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;

/**
 * {@code /search}: full-text search with facets, a date histogram and snippets. A query that is a cable's
 * reference ID leads to that cable (303); a query the archive cannot run is shown on the page, with the
 * reader's text kept in the box, and answers 400.
 */
public final class SearchController {
  /** Facet values shown per field in the sidebar; the index pages list them all. */
  static final int SIDEBAR_VALUES = 12;

  private final Archive archive;
  private final Pages pages;
  private final SearchPageBuilder builder;
  private final RecentPages recent;

  public SearchController(Archive archive, Pages pages, SearchPageBuilder builder, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.builder = builder;
    this.recent = recent;
  }

  public void register(RoutesConfig routes) {
    routes.get("/search", this::search);
  }

  private void search(Context ctx) throws IOException {
    SearchForm form = SearchForm.read(ctx);
    Optional<ReferenceId> named = form.cableId();
    if (named.isPresent() && form.filters().isEmpty() && form.cursor() == null
        && QueryNotices.of(form, archive).namesAKnownCable()) {
      // A reader who typed a cable's ID wants that cable: its page, or the page listing who cites it.
      ctx.redirect(SitePaths.cable(named.get()), HttpStatus.SEE_OTHER);
      return;
    }
    byte[] page;
    try {
      page = recent.get(form.at("/search"), () -> {
        QueryNotices about = QueryNotices.of(form, archive);
        SearchResult result = archive.search(
            form.request(about.archiveQuery(form), true, SIDEBAR_VALUES, form.histogramInterval(), true));
        return pages.bytes("search.jte", builder.build(form, result, about));
      });
    } catch (QueryException e) {
      ctx.status(400);
      pages.render(ctx, "search.jte", builder.failed(form, e));
      return;
    }
    pages.send(ctx, page);
  }
}
