package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

  private void home(Context ctx) throws IOException {
    pages.send(ctx, recent.get("/", this::homePage));
  }

  private byte[] homePage() throws IOException {
    ArchiveStats stats = archive.stats();
    List<HomePage.Count> classifications = stats.byClassification().entrySet().stream()
        .map(e -> new HomePage.Count(e.getKey(), SitePaths.classification(e.getKey()), e.getValue(), ""))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
    SearchResult latest = archive.search(list(SortOrder.RELEASED_DESC, false));
    SearchResult cited = archive.search(list(SortOrder.CITED_DESC, false));
    SearchResult whole = archive.search(list(SortOrder.CREATED_DESC, true));
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
