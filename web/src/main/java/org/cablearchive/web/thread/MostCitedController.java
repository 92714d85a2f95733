package org.cablearchive.web.thread;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;

/**
 * {@code /cited[?station=MEXICO][&year=2009][&tag=PREL]}: the most cited cables, counting those the
 * archive does not hold, over all or for one post (the station of their IDs), year or tag.
 */
public final class MostCitedController {
  public static final int LIMIT = 100;

  private final Archive archive;
  private final Pages pages;
  private final RecentPages recent;

  public MostCitedController(Archive archive, Pages pages, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.recent = recent;
  }

  public void register(RoutesConfig routes) {
    routes.get("/cited", this::show);
  }

  private void show(Context ctx) throws IOException {
    String station = param(ctx, "station", "[A-Za-z0-9]{1,40}");
    String year = param(ctx, "year", "\\d{4}");
    String tag = param(ctx, "tag", ".{1,100}");
    String upper = station == null ? null : station.toUpperCase(Locale.ROOT);
    pages.send(ctx, recent.get("/cited?" + upper + "&" + year + "&" + tag,
        () -> pages.bytes("cited.jte", build(archive.network(), upper, year == null ? null : Integer.valueOf(year), tag))));
  }

  public MostCitedPage build(CableNetwork network, String station, Integer year, String tag) throws IOException {
    List<CableNetwork.Standing> top = network.mostCited(station, year, tag, LIMIT);
    Map<ReferenceId, CableSummary> held = HeldSummaries.of(archive, top);
    List<MostCitedPage.Entry> entries = new ArrayList<>();
    for (CableNetwork.Standing s : top) {
      CableSummary summary = held.get(s.id());
      String rank = String.format(Locale.ROOT, "rank %,d", s.position());
      entries.add(new MostCitedPage.Entry(s.id().value(), SitePaths.cable(s.id()),
          summary == null ? "" : summary.subject() == null ? "" : summary.subject(),
          summary == null ? "not in the archive · " + rank
              : SitePaths.day(summary.created()) + " · " + summary.origin() + HeldSummaries.inSections(s) + " · " + rank,
          s.citedBy(), SitePaths.thread(s.id()), summary != null));
    }
    List<String> parts = new ArrayList<>();
    if (station != null) {
      parts.add(network.post(station).map(p -> p.name()).orElse(station));
    }
    if (year != null) {
      parts.add(Integer.toString(year));
    }
    if (tag != null) {
      parts.add("tag " + tag);
    }
    String heading = "Most cited cables" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    List<MostCitedPage.Link> years = new ArrayList<>();
    for (int y = 1966; y <= 2010; y++) {
      years.add(new MostCitedPage.Link(Integer.toString(y), "/cited?year=" + y + (station == null ? "" : "&station=" + station)
          + (tag == null ? "" : "&tag=" + SitePaths.param(tag))));
    }
    return new MostCitedPage(Chrome.titled(heading), heading,
        "Ordered by how many archived cables cite them, then by citation rank. Cables the archive does not hold count too:"
            + " only the cables citing them are known.",
        station == null ? "" : station, year == null ? "" : Integer.toString(year), tag == null ? "" : tag, entries, years);
  }

  private static String param(Context ctx, String name, String pattern) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches(pattern)) {
      throw HttpError.badRequest(name + " is not a " + name + " of the archive.");
    }
    return value.strip();
  }
}
