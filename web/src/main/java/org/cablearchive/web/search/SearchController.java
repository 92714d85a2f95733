package org.cablearchive.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;

/**
 * {@code /search}: search by words, by meaning or both, with facets, a date histogram and snippets. A query that is a cable's
 * reference ID leads to that cable (303); a query the archive cannot run is shown on the page, with the
 * reader's text kept in the box, and answers 400.
 */
public final class SearchController {
  /** Facet values shown per field in the sidebar; the index pages list them all. */
  static final int SIDEBAR_VALUES = 12;
  /** The full list of a field's values: all of them (a few thousand tags in the full release). */
  private static final int ALL_VALUES = 100_000;

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
    routes.get("/search/{field}", this::values);
  }

  /** {@code /search/origin?q=…}: every origin (tag, year, …) of the search's results with its count. */
  private void values(Context ctx) throws IOException {
    String key = ctx.pathParam("field");
    FacetField field = FacetField.fromKey(key).filter(f -> f.key().equals(key)).orElseThrow(() -> HttpError.notFound(
        "There is no list of \"" + key + "\" values; try origin, tag, classification, handling, year or month."));
    SearchForm form = SearchForm.read(ctx).first();
    boolean byName = "name".equals(order(ctx));
    String path = "/search/" + field.key();
    page(ctx, form.at(path) + (byName ? (form.at(path).contains("?") ? "&" : "?") + "order=name" : ""), () -> {
      QueryNotices about = QueryNotices.of(form, archive);
      SearchResult result = archive.search(new SearchRequest(about.archiveQuery(form), form.filters(), form.sort(), 1, null,
          true, ALL_VALUES, null, false));
      return pages.bytes("values.jte", builder.values(form, field, result, byName, path));
    });
  }

  private static String order(Context ctx) {
    String order = ctx.queryParam("order");
    if (order != null && !order.equals("name") && !order.equals("count")) {
      throw HttpError.badRequest("order must be name or count.");
    }
    return order;
  }

  private void page(Context ctx, String key, RecentPages.Renderer renderer) throws IOException {
    pages.send(ctx, recent.get(key, renderer));
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
        SearchForm start = PageStart.resolve(archive, form, about.archiveQuery(form));
        // one value more than shown, to know whether the full list is worth a link
        SearchResult result = archive.search(
            start.request(about.archiveQuery(form), true, SIDEBAR_VALUES + 1, form.histogramInterval(), true));
        return pages.bytes("search.jte", builder.build(start, result, about,
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
