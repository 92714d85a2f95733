package org.cablearchive.web.post;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cablearchive.archive.Archive;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Post;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.lookup.RoutingIndicators;

/** {@code /post} and {@code /post/<station>}. */
public final class PostController {
  static final int ROWS = 20;
  private static final int CORRESPONDENTS = 8;
  private static final int ROW_HEIGHT = 28;
  private static final int LABEL_WIDTH = 220;
  private static final int YEAR_WIDTH = 26;

  private final Archive archive;
  private final Pages pages;
  private final RecentPages recent;
  private final RoutingIndicators routes;

  public PostController(Archive archive, Pages pages, RecentPages recent, RoutingIndicators routes) {
    this.archive = archive;
    this.pages = pages;
    this.recent = recent;
    this.routes = routes;
  }

  public void register(RoutesConfig routes) {
    routes.get("/post", this::index);
    routes.get("/post/{station}", this::show);
  }

  private void show(Context ctx) throws IOException {
    String station = ctx.pathParam("station").strip().toUpperCase(Locale.ROOT);
    String list = ctx.queryParam("list");
    if (list != null && !List.of("sent", "to", "info").contains(list)) {
      throw HttpError.badRequest("list must be sent, to or info.");
    }
    int from = from(ctx.queryParam("from"));
    pages.send(ctx, recent.get("/post/" + station + "?list=" + list + "&from=" + from, () -> {
      CableNetwork network = archive.network();
      Post post = network.post(station)
          .orElseThrow(() -> HttpError.notFound("No post of the cables has the station \"" + abbreviate(station) + "\"."));
      return pages.bytes("post.jte", build(network, post, list, from));
    }));
  }

  /** The post's page; {@code list} and {@code from} page through one of its lists. */
  public PostPage build(CableNetwork network, Post post, String paged, int from) throws IOException {
    String path = SitePaths.post(post.station());
    List<PostPage.ListSection> lists = new ArrayList<>();
    section(lists, path, "sent", "Sent", post.sent(), paged, from);
    section(lists, path, "to", "Received (TO)", post.receivedTo(), paged, from);
    section(lists, path, "info", "Received for information (INFO)", post.receivedInfo(), paged, from);
    String routeStation = post.route().isEmpty() ? "" : routes.station(new RoutingIndicator(post.route())).orElse("");
    return new PostPage(
        Chrome.titled(post.name()),
        post.name(),
        post.station(),
        post.route(),
        routeStation,
        post.sender(),
        String.format(Locale.ROOT, "%,d sent · %,d received TO · %,d received for INFO", post.sent().size(),
            post.receivedTo().size(), post.receivedInfo().size()),
        lists,
        post.chiefs().stream().sorted((a, b) -> b.year() - a.year())
            .map(y -> new PostPage.YearRow(y.year(), count(y.cables()), y.signers().stream()
                .map(s -> new PostPage.Signer(s.name(), SitePaths.person(s.slug()), s.cables())).toList()))
            .toList(),
        chart(network.correspondents(post, CORRESPONDENTS), post.name()),
        post.sent().isEmpty() ? null : SitePaths.origin(post.name()),
        "/cited?station=" + SitePaths.param(post.station()),
        "/api/post/" + post.station());
  }

  private void section(List<PostPage.ListSection> lists, String path, String key, String heading, List<ReferenceId> ids,
      String paged, int from) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    int start = key.equals(paged) ? Math.min(from, ids.size() - 1) : 0;
    List<ReferenceId> shown = ids.subList(start, Math.min(ids.size(), start + ROWS));
    lists.add(new PostPage.ListSection(key, heading, count(ids.size()),
        archive.summaries(shown).stream().map(CableRow::of).toList(),
        start + ROWS < ids.size() ? path + "?list=" + key + "&from=" + (start + ROWS) + "#" + key : null,
        start > 0 ? path + "#" + key : null));
  }

  /** One row per post written to, one bar per year, scaled to the busiest year of any of them. */
  static PostPage.Chart chart(List<CableNetwork.Correspondent> correspondents, String name) {
    TreeSet<Integer> yearSet = new TreeSet<>();
    int max = 1;
    for (CableNetwork.Correspondent c : correspondents) {
      for (Map.Entry<Integer, Integer> e : c.byYear().entrySet()) {
        if (e.getKey() > 0) {
          yearSet.add(e.getKey());
          max = Math.max(max, e.getValue());
        }
      }
    }
    List<Integer> years = new ArrayList<>();
    if (!yearSet.isEmpty()) {
      for (int y = yearSet.first(); y <= yearSet.last(); y++) {
        years.add(y);
      }
    }
    List<PostPage.Row> rows = new ArrayList<>();
    for (int r = 0; r < correspondents.size(); r++) {
      CableNetwork.Correspondent c = correspondents.get(r);
      int top = r * ROW_HEIGHT;
      List<PostPage.Bar> bars = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        int n = c.byYear().getOrDefault(years.get(i), 0);
        if (n > 0) {
          int h = Math.max(2, (int) Math.round((double) n * (ROW_HEIGHT - 6) / max));
          bars.add(new PostPage.Bar(LABEL_WIDTH + i * YEAR_WIDTH, top + ROW_HEIGHT - 2 - h, YEAR_WIDTH - 4, h,
              c.post().name() + ", " + years.get(i) + ": " + count(n)));
        }
      }
      rows.add(new PostPage.Row(c.post().name(), SitePaths.post(c.post().station()), top, c.total(), bars));
    }
    // room on the right for the last year's label
    return new PostPage.Chart(LABEL_WIDTH + Math.max(1, years.size()) * YEAR_WIDTH + 30, rows.size() * ROW_HEIGHT + 16, LABEL_WIDTH,
        years, rows, "The posts " + name + " wrote to most (TO and INFO), cables each year");
  }

  private void index(Context ctx) throws IOException {
    pages.send(ctx, recent.get("/post", () -> {
      List<PostsPage.Entry> entries = archive.network().posts().stream().map(p -> new PostsPage.Entry(p.name(), p.station(),
          SitePaths.post(p.station()), p.route(), p.sent().size(), p.receivedTo().size() + p.receivedInfo().size())).toList();
      return pages.bytes("posts.jte", new PostsPage(Chrome.titled("Posts"), entries));
    }));
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "cable" : "cables");
  }

  private static int from(String text) {
    try {
      int from = text == null ? 0 : Integer.parseInt(text.strip());
      if (from >= 0 && from <= 10_000_000) {
        return from;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw HttpError.badRequest("from must be a number of cables to skip.");
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
