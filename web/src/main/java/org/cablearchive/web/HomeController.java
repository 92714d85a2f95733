package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.search.DateHistogram;

/** {@code /}: the archive opened, with one search box; {@code /about}: how to read a cable. */
final class HomeController {
  /** Cables in each of the front page's lists, and values in each of its counts. */
  private static final int SHOWN = 8;
  private static final int VALUES = 10;

  private final Archive archive;
  private final Pages pages;
  private final Glossary glossary;
  private final RecentPages recent;
  /** The front page rendered while the server starts, until it is ready: the first requests wait for it. */
  private volatile CompletableFuture<byte[]> preparing = CompletableFuture.completedFuture(null);

  HomeController(Archive archive, Pages pages, Glossary glossary, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.glossary = glossary;
    this.recent = recent;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/about", this::about);
  }

  /**
   * Renders the front page on a thread of its own now, beside the server's start, and keeps it as any
   * rendered page is kept: its figures (counts over the whole archive, cited-by counts, the timeline) are
   * the costliest first work of a view, and a reader's first request is most often for this page.
   *
   * @return completes when the page is rendered, or its rendering failed (a request then renders it and
   *     reports what fails)
   */
  CompletableFuture<Void> prepare() {
    CompletableFuture<byte[]> page = new CompletableFuture<>();
    preparing = page;
    Thread rendering = new Thread(() -> {
      try {
        page.complete(recent.get("/", this::homePage));
      } catch (IOException | RuntimeException e) {
        page.completeExceptionally(e);
      }
    }, "front-page");
    rendering.setDaemon(true);
    rendering.start();
    return page.handle((rendered, failed) -> null);
  }

  private void home(Context ctx) throws IOException {
    byte[] prepared = preparing.isDone() ? null : prepared();
    pages.send(ctx, prepared != null ? prepared : recent.get("/", this::homePage));
  }

  /** The front page being rendered at the start, once it is: rendering it again beside it would only slow both. */
  private byte[] prepared() {
    try {
      return preparing.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      return null;
    }
  }

  private byte[] homePage() throws IOException {
    // The most cited cables (their counts are worked out once per view of the archive) and the whole
    // archive's counts are looked up beside the rest: on a fresh view they are the longest part.
    CompletableFuture<SearchResult> citedSearch = beside(() -> archive.search(list(SortOrder.CITED_DESC, false)));
    CompletableFuture<SearchResult> wholeSearch = beside(() -> archive.search(list(SortOrder.CREATED_DESC, true)));
    ArchiveStats stats = archive.stats();
    List<HomePage.Count> classifications = stats.byClassification().entrySet().stream()
        .map(e -> new HomePage.Count(e.getKey(), SitePaths.classification(e.getKey()), e.getValue(), ""))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
    SearchResult latest = archive.search(list(SortOrder.RELEASED_DESC, false));
    SearchResult cited = joined(citedSearch);
    SearchResult whole = joined(wholeSearch);
    return pages.bytes("home.jte", new HomePage(Chrome.titled("Home").withoutSearchBox(),
        String.format(java.util.Locale.ROOT, "%,d", stats.cables()),
        String.format(java.util.Locale.ROOT, "%,d", stats.versions()),
        stats.byOrigin().size(),
        classifications,
        latest.hits().stream().map(h -> CableRow.of(h.cable())).toList(),
        cited.hits().stream().filter(h -> h.citedByCount() > 0)
            .map(h -> new HomePage.Cited(CableRow.of(h.cable()), Counted.of(h.citedByCount(), "citing cable"))).toList(),
        counts(whole, FacetField.ORIGIN),
        counts(whole, FacetField.TAG),
        DateHistogram.of(whole.histogram(), year -> SitePaths.createdYear(Integer.parseInt(year)), "Cables per year created")));
  }

  /** A search of the archive on a thread of its own. */
  private static CompletableFuture<SearchResult> beside(Search search) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return search.run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, task -> {
      Thread searching = new Thread(task, "front-page-search");
      searching.setDaemon(true);
      searching.start();
    });
  }

  /** The search's result, or what it failed with. */
  private static SearchResult joined(CompletableFuture<SearchResult> search) throws IOException {
    try {
      return search.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  @FunctionalInterface
  private interface Search {
    SearchResult run() throws IOException;
  }

  /** The first cables in {@code order}; with {@code whole}, the counts and timeline of the whole archive instead. */
  private static SearchRequest list(SortOrder order, boolean whole) {
    return new SearchRequest("", Map.of(), order, whole ? 1 : SHOWN, null, whole, VALUES, whole ? HistogramInterval.YEAR : null, false);
  }

  private List<HomePage.Count> counts(SearchResult result, FacetField field) {
    return result.facets().getOrDefault(field, List.<FacetCount>of()).stream()
        .map(c -> new HomePage.Count(c.value(), field == FacetField.TAG ? SitePaths.tag(c.value()) : SitePaths.origin(c.value()),
            c.count(), field == FacetField.TAG ? glossary.tag(c.value()).description() : ""))
        .toList();
  }

  private void about(Context ctx) {
    pages.render(ctx, "about.jte", new AboutPage(Chrome.titled("Reading a cable"), glossary.allReasons(),
        glossary.allCaveats()));
  }
}
