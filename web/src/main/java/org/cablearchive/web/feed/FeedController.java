package org.cablearchive.web.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.Person;
import org.cablearchive.web.ConditionalGet;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Opening;
import org.cablearchive.web.SiteAddress;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.browse.BrowseKind;
import org.cablearchive.web.search.PageStart;
import org.cablearchive.web.search.SearchForm;

/**
 * {@code /feeds/search?q=…}, {@code /feeds/<kind>/<value>} and {@code /feeds/person/<slug>}: Atom feeds of the latest releases
 * matching a search or a browse list (another order can be asked for with {@code sort}).
 */
public final class FeedController {
  private static final String ATOM = "application/atom+xml; charset=utf-8";
  /** Characters of each entry's summary taken from the cable's summary or opening paragraph. */
  private static final int OPENING = 600;
  private static final int PERSON_ENTRIES = 50;

  private final Archive archive;
  private final SiteAddress site;

  public FeedController(Archive archive, SiteAddress site) {
    this.archive = archive;
    this.site = site;
  }

  public void register(RoutesConfig routes) {
    routes.get("/feeds/search", this::search);
    routes.get("/feeds/person/{slug}", this::person);
    routes.get("/feeds/{kind}/{value}", ctx -> list(ctx, kind(ctx.pathParam("kind")), ctx.pathParam("value")));
    routes.get("/feeds/created/{year}/{month}",
        ctx -> list(ctx, BrowseKind.CREATED, ctx.pathParam("year") + "-" + ctx.pathParam("month")));
  }

  private void search(Context ctx) throws IOException {
    SearchForm form = latestFirst(ctx, SearchForm.read(ctx));
    String title = form.query().isEmpty() ? "all cables" : "search for " + form.query();
    send(ctx, form, title, form.at("/search"));
  }

  /** A person's newest cables in every role (signed, classified, tagged), newest first. */
  private void person(Context ctx) throws IOException {
    Person person = archive.network().person(ctx.pathParam("slug"))
        .orElseThrow(() -> HttpError.notFound("No person has the address \"" + ctx.pathParam("slug") + "\"."));
    // each role's list is newest first: the newest of all are among the first of each
    java.util.TreeSet<ReferenceId> newest = new java.util.TreeSet<>();
    person.cables().values().forEach(ids -> newest.addAll(ids.subList(0, Math.min(PERSON_ENTRIES, ids.size()))));
    List<CableSummary> cables = new ArrayList<>(archive.summaries(List.copyOf(newest)));
    cables.sort(Comparator.comparing(CableSummary::created, Comparator.nullsLast(Comparator.reverseOrder())));
    write(ctx, person.name(), ctx.path(), SitePaths.person(person.slug()), cables.subList(0, Math.min(PERSON_ENTRIES, cables.size())));
  }

  private static BrowseKind kind(String key) {
    return BrowseKind.fromKey(key)
        .orElseThrow(() -> HttpError.notFound("There is no feed of that kind; try /feeds/tag/PREL."));
  }

  private void list(Context ctx, BrowseKind kind, String raw) throws IOException {
    String value = kind.checkValue(raw);
    SearchForm form = latestFirst(ctx, kind.narrow(SearchForm.read(ctx), value));
    send(ctx, form, kind.label().toLowerCase(java.util.Locale.ROOT) + " " + value,
        "/" + kind.key() + "/" + (kind == BrowseKind.CREATED ? value.replace('-', '/') : SitePaths.segment(value)));
  }

  /** Feeds follow new material: newest releases first unless the reader chose an order. */
  private static SearchForm latestFirst(Context ctx, SearchForm form) {
    if (ctx.queryParam("sort") != null) {
      return form;
    }
    return new SearchForm(form.query(), form.filters(), SortOrder.RELEASED_DESC, form.limit(), form.cursor(), form.from(),
        form.mode());
  }

  private void send(Context ctx, SearchForm form, String title, String alternate) throws IOException {
    var result = archive.search(PageStart.resolve(archive, form, form.query()).request(false, 0, null, false));
    String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    write(ctx, title, self, alternate, result.hits().stream().map(Hit::cable).toList());
  }

  /** The feed of these cables, each entry with the cable's opening, at the site's own address. */
  private void write(Context ctx, String title, String self, String alternate, List<CableSummary> cables) throws IOException {
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (CableSummary cable : cables) {
      String opening = archive.find(cable.id()).map(found -> Opening.of(found.cable(), OPENING)).orElse("");
      entries.add(new AtomFeed.Entry(cable, opening));
    }
    Instant updated = entries.stream().map(e -> AtomFeed.when(e.cable())).max(Instant::compareTo).orElse(null);
    if (updated == null) {
      updated = newestRelease();
    }
    ConditionalGet.lastModified(ctx, updated);
    ctx.contentType(ATOM).result(AtomFeed.write(site.of(ctx), title, self, alternate, entries, updated));
  }

  /**
   * When an empty feed last changed: nothing it could hold was released after the archive's newest
   * release (or, in an empty archive, the start of the Unix epoch).
   */
  private Instant newestRelease() throws IOException {
    SearchResult newest = archive.search(new SearchRequest("", Map.of(), SortOrder.RELEASED_DESC, 1, null, false, 0, null, false));
    return newest.hits().stream().map(h -> AtomFeed.when(h.cable())).findFirst().orElse(Instant.EPOCH);
  }
}
