package org.cablearchive.web.browse;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.TagMeaning;
import org.cablearchive.web.search.PageStart;
import org.cablearchive.web.search.Pager;
import org.cablearchive.web.search.SearchForm;
import org.cablearchive.web.search.SearchPage;

/**
 * The browse lists ({@code /origin/<Origin>}, {@code /tag/<TAG>}, {@code /classification/<C>},
 * {@code /created/<YYYY>[/<MM>]}, {@code /released/<YYYY-MM-DD>}) and their index pages
 * ({@code /origin}, {@code /tag}, …) listing every value with its count.
 */
public final class BrowseController {
  /** Index pages list every value; the largest field (tags) has a few thousand in the full release. */
  static final int ALL_VALUES = 100_000;

  private final Archive archive;
  private final Pages pages;
  private final Glossary glossary;
  private final ReleaseCalendar calendar;
  private final RecentPages recent;

  public BrowseController(Archive archive, Pages pages, Glossary glossary, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.glossary = glossary;
    this.calendar = new ReleaseCalendar(archive);
    this.recent = recent;
  }

  public void register(RoutesConfig routes) {
    for (BrowseKind kind : BrowseKind.values()) {
      routes.get("/" + kind.key(), ctx -> index(ctx, kind));
      routes.get("/" + kind.key() + "/{value}", ctx -> list(ctx, kind, ctx.pathParam("value")));
    }
    routes.get("/created/{year}/{month}", ctx -> list(ctx, BrowseKind.CREATED,
        ctx.pathParam("year") + "-" + ctx.pathParam("month")));
  }

  private void list(Context ctx, BrowseKind kind, String raw) throws IOException {
    String value = kind.checkValue(raw);
    SearchForm search = kind.narrow(SearchForm.read(ctx), value);
    String path = path(kind, value);
    SearchForm listForm = new SearchForm("", Map.of(), search.sort(), search.limit(), search.cursor(), search.from());
    pages.send(ctx, recent.get(listForm.at(path), () -> listPage(kind, value, search, listForm, path)));
  }

  private byte[] listPage(BrowseKind kind, String value, SearchForm search, SearchForm listForm, String path)
      throws IOException {
    SearchForm start = PageStart.resolve(archive, search, search.query());
    SearchResult result = archive.search(start.request(false, 0, null, false));
    List<CableRow> rows = result.hits().stream().map(h -> CableRow.of(h.cable())).toList();
    return pages.bytes("browse.jte", new BrowsePage(
        new Chrome(kind.label() + ": " + value, "", "/feeds" + path),
        kind.label(),
        "/" + kind.key(),
        value,
        describe(kind, value),
        String.format(java.util.Locale.ROOT, "%,d %s", result.total(), result.total() == 1 ? "cable" : "cables"),
        rows.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "%,d–%,d", search.from() + 1, search.from() + rows.size()),
        rows,
        sorts(listForm, path),
        Pager.of(listForm, result.total(), rows.isEmpty() ? null : result.next(), path),
        search.first().at("/search"),
        "/feeds" + path,
        "/api/browse" + path));
  }

  private static String path(BrowseKind kind, String value) {
    return kind == BrowseKind.CREATED ? "/created/" + value.replace('-', '/') : "/" + kind.key() + "/" + SitePaths.segment(value);
  }

  private String describe(BrowseKind kind, String value) {
    if (kind == BrowseKind.TAG) {
      TagMeaning meaning = glossary.tag(value);
      return meaning.kind().label() + (meaning.description().isEmpty() ? "" : ": " + meaning.description());
    }
    return switch (kind) {
      case ORIGIN -> "Cables sent by " + value + ".";
      case CLASSIFICATION -> "Cables originally classified " + value + ".";
      case CREATED -> "Cables written in " + value + " (UTC).";
      case RELEASED -> "Cables released on " + value + ".";
      default -> "";
    };
  }

  private static List<SearchPage.Choice> sorts(SearchForm form, String path) {
    List<SearchPage.Choice> choices = new ArrayList<>();
    for (SortOrder order : BrowseKind.listOrders()) {
      choices.add(new SearchPage.Choice(SearchForm.key(order).replace('-', ' '), form.sortedBy(order).at(path),
          order == form.sort()));
    }
    return choices;
  }

  /** Whether {@code ?order=name} asks for values by name ({@code count}, the default, is most cables first); 400 for another order. */
  public static boolean byName(Context ctx, BrowseKind kind) {
    String order = ctx.queryParam("order");
    if (order != null && !order.equals("name") && !order.equals("count")) {
      throw HttpError.badRequest("order must be name or count.");
    }
    return "name".equals(order);
  }

  private void index(Context ctx, BrowseKind kind) throws IOException {
    boolean byName = byName(ctx, kind);
    pages.send(ctx, recent.get("/" + kind.key() + (byName ? "?order=name" : ""), () -> indexPage(kind, byName)));
  }

  private byte[] indexPage(BrowseKind kind, boolean byName) throws IOException {
    List<IndexPage.Entry> entries = switch (kind) {
      case CREATED -> createdEntries();
      case RELEASED -> releasedEntries();
      default -> facetEntries(kind);
    };
    if (kind != BrowseKind.CREATED && kind != BrowseKind.RELEASED) {
      entries = new ArrayList<>(entries);
      entries.sort(byName ? Comparator.comparing(IndexPage.Entry::label)
          : Comparator.comparingLong(IndexPage.Entry::count).reversed().thenComparing(IndexPage.Entry::label));
    }
    List<SearchPage.Choice> orders = kind == BrowseKind.CREATED || kind == BrowseKind.RELEASED ? List.of()
        : List.of(new SearchPage.Choice("most cables", "/" + kind.key(), !byName),
            new SearchPage.Choice("name", "/" + kind.key() + "?order=name", byName));
    return pages.bytes("index.jte", new IndexPage(Chrome.titled(kind.indexHeading()), kind.indexHeading(),
        entries.size() + (entries.size() == 1 ? " value" : " values") + "; each links to its cables.",
        orders, entries));
  }

  /**
   * Every value of a facet with its count, most cables first or by name (dates, newest first, either
   * way). Also used by the JSON API.
   */
  public Map<String, Long> counts(BrowseKind kind, boolean byName) throws IOException {
    Map<String, Long> counts = counts(kind);
    if (!byName || kind == BrowseKind.CREATED || kind == BrowseKind.RELEASED) {
      return counts;
    }
    Map<String, Long> sorted = new java.util.TreeMap<>(counts);
    return new LinkedHashMap<>(sorted);
  }

  private Map<String, Long> counts(BrowseKind kind) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (kind == BrowseKind.RELEASED) {
      counts.putAll(calendar.days());
      return counts;
    }
    SearchResult all = archive.search(new SearchRequest("", Map.of(), SortOrder.CREATED_DESC, 1, null, true,
        ALL_VALUES, null, false));
    for (FacetCount c : all.facets().getOrDefault(kind.facet(), List.of())) {
      counts.put(c.value(), c.count());
    }
    return counts;
  }

  private List<IndexPage.Entry> facetEntries(BrowseKind kind) throws IOException {
    List<IndexPage.Entry> entries = new ArrayList<>();
    counts(kind).forEach((value, count) -> entries.add(new IndexPage.Entry(value, path(kind, value), count,
        kind == BrowseKind.TAG ? glossary.tag(value).description() : "", List.of())));
    return entries;
  }

  /** Years, newest first, each with its months. */
  private List<IndexPage.Entry> createdEntries() throws IOException {
    Map<String, List<IndexPage.Entry>> months = new java.util.TreeMap<>(Comparator.reverseOrder());
    Map<String, Long> yearCounts = new LinkedHashMap<>();
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts(BrowseKind.CREATED).entrySet());
    sorted.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Long> e : sorted) {
      String year = e.getKey().substring(0, 4);
      months.computeIfAbsent(year, y -> new ArrayList<>())
          .add(new IndexPage.Entry(e.getKey().substring(5), SitePaths.createdMonth(e.getKey()), e.getValue(), "", List.of()));
      yearCounts.merge(year, e.getValue(), Long::sum);
    }
    List<IndexPage.Entry> entries = new ArrayList<>();
    months.forEach((year, list) ->
        entries.add(new IndexPage.Entry(year, SitePaths.createdYear(Integer.parseInt(year)), yearCounts.get(year), "", list)));
    return entries;
  }

  private List<IndexPage.Entry> releasedEntries() throws IOException {
    List<IndexPage.Entry> entries = new ArrayList<>();
    calendar.days().forEach((day, count) ->
        entries.add(new IndexPage.Entry(day, day.equals(ReleaseCalendar.UNKNOWN) ? "/released" : "/released/" + day, count, "",
            List.of())));
    return entries;
  }
}
