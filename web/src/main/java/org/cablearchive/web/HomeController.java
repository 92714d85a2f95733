package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.web.lookup.Glossary;

/** {@code /}: what the archive holds and where to start; {@code /about}: how to read a cable. */
final class HomeController {
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
        .map(e -> new HomePage.Count(e.getKey(), SitePaths.classification(e.getKey()), e.getValue()))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
    return pages.bytes("home.jte", new HomePage(Chrome.titled("Home").withoutSearchBox(),
        String.format(java.util.Locale.ROOT, "%,d", stats.cables()),
        String.format(java.util.Locale.ROOT, "%,d", stats.versions()),
        stats.byOrigin().size(),
        classifications));
  }

  private void about(Context ctx) {
    pages.render(ctx, "about.jte", new AboutPage(Chrome.titled("Reading a cable"), glossary.allReasons(),
        glossary.allCaveats()));
  }
}
