package org.cablearchive.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;

/**
 * {@code /search}: search by words, by meaning or both, with facets, a date histogram and snippets. A
 * query the archive cannot run is shown on the page, with the reader's text kept in the box, and answers 400.
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
    byte[] page;
    try {
      page = recent.get(form.at("/search"), () -> {
        SearchResult result = archive.search(form.request(true, SIDEBAR_VALUES, form.histogramInterval(), true));
        return pages.bytes("search.jte", builder.build(form, result,
            form.mode() == SearchMode.WORDS ? null : archive.meaningCoverage()));
      });
    } catch (QueryException e) {
      ctx.status(400);
      pages.render(ctx, "search.jte", builder.failed(form, e));
      return;
    }
    pages.send(ctx, page);
  }
}
