package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveOverview;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.search.DateHistogram;

/** {@code /}: the archive opened, with one search box; {@code /about}: how to read a cable. */
final class HomeController {
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
   * rendered page is kept: a reader's first request is most often for this page, and its figures are the
   * archive's overview, which an archive that does not keep it ready works out from the whole archive.
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
    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
      return null;
    }
  }

  private byte[] homePage() throws IOException {
    ArchiveOverview overview = archive.overview();
    ArchiveStats stats = overview.stats();
    List<HomePage.Count> classifications = stats.byClassification().entrySet().stream()
        .map(e -> new HomePage.Count(e.getKey(), SitePaths.classification(e.getKey()), e.getValue(), ""))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
    return pages.bytes("home.jte", new HomePage(Chrome.titled("Home").withoutSearchBox(),
        String.format(java.util.Locale.ROOT, "%,d", stats.cables()),
        String.format(java.util.Locale.ROOT, "%,d", stats.versions()),
        stats.byOrigin().size(),
        classifications,
        overview.latest().stream().map(CableRow::of).toList(),
        overview.mostCited().stream()
            .map(h -> new HomePage.Cited(CableRow.of(h.cable()), Counted.of(h.citedByCount(), "citing cable"))).toList(),
        counts(overview.origins(), FacetField.ORIGIN),
        counts(overview.tags(), FacetField.TAG),
        DateHistogram.of(overview.years(), year -> SitePaths.createdYear(Integer.parseInt(year)), "Cables per year created")));
  }

  private List<HomePage.Count> counts(List<FacetCount> counts, FacetField field) {
    return counts.stream()
        .map(c -> new HomePage.Count(c.value(), field == FacetField.TAG ? SitePaths.tag(c.value()) : SitePaths.origin(c.value()),
            c.count(), field == FacetField.TAG ? glossary.tag(c.value()).description() : ""))
        .toList();
  }

  private void about(Context ctx) {
    pages.render(ctx, "about.jte", new AboutPage(Chrome.titled("Reading a cable"), glossary.allReasons(),
        glossary.allCaveats()));
  }
}
