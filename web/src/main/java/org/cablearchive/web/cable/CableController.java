package org.cablearchive.web.cable;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.Telegram;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Role;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.Counted;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SiteAddress;
import org.cablearchive.web.SitePaths;

/**
 * {@code /cable/<ID>}: the cable page, or the page of a section the release published on its own under that
 * ID. Other spellings of an ID and WikiLeaks addresses ({@code /cable/2009/10/09MEXICO3093.html}) redirect
 * permanently to the address the document is kept under; a telegram held only in sections shows them; an ID
 * the archive does not hold answers 404, listing the cables that cite it when there are any.
 */
public final class CableController {
  /** Related cables a cable page lists. */
  public static final int RELATED = 8;
  /** Citing cables whose REF lines give the spellings to search for. */
  private static final int SPELLINGS_FROM = 5;
  private static final Pattern ID_PARTS = Pattern.compile("(\\d{2})([A-Z]+)(\\d+)");

  private final Archive archive;
  private final Pages pages;
  private final CablePageBuilder builder;
  private final RecentPages recent;
  private final SiteAddress site;

  public CableController(Archive archive, Pages pages, CablePageBuilder builder, RecentPages recent, SiteAddress site) {
    this.archive = archive;
    this.pages = pages;
    this.builder = builder;
    this.recent = recent;
    this.site = site;
  }

  public void register(RoutesConfig routes) {
    routes.get("/cable", this::lookup);
    routes.get("/cable/{id}", this::show);
    routes.get("/cable/{year}/{month}/{file}", this::wikiLeaksAddress);
  }

  /** {@code /cable?id=09 MEXICO 3093}: the "go to cable" form; what is not an ID is searched for. */
  private void lookup(Context ctx) {
    String raw = ctx.queryParam("id");
    if (raw == null || raw.isBlank()) {
      throw HttpError.badRequest("Give the reference ID of a cable, e.g. ?id=09MEXICO3093.");
    }
    // "MEXICO 3093" as a 2009 article cites it has no year: searching for it finds the candidates.
    ctx.redirect(CableAddress.resolve(raw, this::kept).map(SitePaths::cable).orElse("/search?q=" + SitePaths.param(raw.strip())),
        HttpStatus.SEE_OTHER);
  }

  private void wikiLeaksAddress(Context ctx) {
    ctx.redirect(SitePaths.cable(resolve(ctx.pathParam("file"))), HttpStatus.MOVED_PERMANENTLY);
  }

  /** Whether the archive keeps a document under exactly this ID. */
  private boolean kept(ReferenceId id) {
    try {
      return archive.find(id).isPresent();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The document kept under the ID as written (a section published on its own keeps its published ID), else
   * a redirect to the canonical spelling; a telegram held only in sections shows them, else 404.
   */
  private void show(Context ctx) throws IOException {
    String raw = ctx.pathParam("id");
    String version = ctx.queryParam("version");
    String baseUrl = site.of(ctx);
    if (ReferenceId.isCanonical(raw)) {
      ReferenceId written = ReferenceId.of(raw);
      byte[] page = recent.get(raw + "?version=" + version + "@" + baseUrl, () -> render(written, version, baseUrl));
      if (page != null) {
        pages.send(ctx, page);
        return;
      }
    }
    ReferenceId id = resolve(raw);
    if (!id.value().equals(raw)) {
      String query = ctx.queryString();
      ctx.redirect(SitePaths.cable(id) + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    byte[] sections = recent.get(raw + "?sections", () -> renderSections(id));
    if (sections == null) {
      missing(ctx, id);
      return;
    }
    pages.send(ctx, sections);
  }

  /** The page of a telegram held only as sections published on their own, or null when it is not. */
  private byte[] renderSections(ReferenceId id) throws IOException {
    Optional<Telegram> telegram = archive.telegram(id);
    if (telegram.isEmpty()) {
      return null;
    }
    ReferenceId first = telegram.get().documents().get(0).id();
    String subject = archive.find(first).map(found -> found.cable().subject()).orElse(null);
    List<CableRow> citing = archive.citedBy(id).stream().map(CableRow::of).toList();
    return pages.bytes("telegram.jte", new TelegramPage(
        Chrome.titled("Telegram " + id.value() + (subject == null ? "" : ": " + subject) + ", in sections"), id.value(),
        subject == null ? "" : subject, TelegramSections.of(telegram.get(), id), citing, "/api/telegrams/" + id.value()));
  }

  /**
   * The cable page as a first view renders it (never from the page memory), or null when the archive does
   * not hold the cable; {@code versionParam} as in {@code ?version=}, null for the current one.
   */
  public byte[] render(ReferenceId id, String versionParam, String baseUrl) throws IOException {
    Optional<ArchivedCable> found = archive.find(id);
    if (found.isEmpty()) {
      return null;
    }
    int version = version(versionParam, found.get());
    List<CableSummary> related = archive.related(id, RELATED);
    return pages.bytes("cable.jte", builder.build(found.get(), version, held(found.get()), related, baseUrl,
        place(archive.network(), id)));
  }

  private void missing(Context ctx, ReferenceId id) throws IOException {
    List<CableSummary> citing = archive.citedBy(id);
    ctx.status(404);
    pages.render(ctx, "missing-cable.jte", new MissingCablePage(Chrome.titled("Cable " + id.value() + " is not in the archive"),
        id.value(), citing.stream().map(CableRow::of).toList(), mentions(id, citing)));
  }

  /**
   * Searches for the cable as texts spell it ({@code "08 MEXICO 3595"}, {@code "MEXICO 3595"}), taken from
   * the REF lines of the cables citing it and from the ID itself; only those that find something are offered,
   * so that no link leads back to nothing.
   */
  private List<MissingCablePage.Mention> mentions(ReferenceId id, List<CableSummary> citing) throws IOException {
    Set<String> spellings = new LinkedHashSet<>();
    for (CableSummary summary : citing.subList(0, Math.min(SPELLINGS_FROM, citing.size()))) {
      Optional<ArchivedCable> cable = archive.find(summary.id());
      cable.ifPresent(c -> c.cable().references().stream()
          .filter(r -> id.equals(r.id()) && r.text() != null)
          .forEach(r -> spellings.add(r.text().replace('"', ' ').replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT))));
    }
    Matcher parts = ID_PARTS.matcher(id.value());
    if (parts.matches()) {
      spellings.add(parts.group(1) + " " + parts.group(2) + " " + parts.group(3));
      spellings.add(parts.group(2) + " " + parts.group(3));
    }
    List<MissingCablePage.Mention> mentions = new ArrayList<>();
    for (String spelled : spellings) {
      if (spelled.isEmpty()) {
        continue;
      }
      String query = "\"" + spelled + "\"";
      long found = archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, null, false, 0, null, false)).total();
      if (found > 0) {
        mentions.add(new MissingCablePage.Mention(query, "/search?q=" + SitePaths.param(query), String.format(Locale.ROOT, "%,d %s", found, found == 1 ? "cable" : "cables")));
      }
    }
    return mentions;
  }

  /** Which of the cables this one cites the archive holds, so the page can say which were never released. */
  private Set<ReferenceId> held(ArchivedCable archived) throws IOException {
    List<ReferenceId> cited = archived.cable().citedIds();
    return cited.isEmpty() ? Set.of() : archive.held(cited);
  }

  /** Where the cable stands in the network: its rank, its thread and the people it names. */
  static CablePage.Place place(CableNetwork network, ReferenceId id) {
    // concatenated, not String.format: a first view's formatter parse was a twenty-fifth of its time (docs/benchmarks.md)
    String rank = network.standing(id).map(s -> "Citation rank " + Counted.grouped(s.position()) + " of " + Counted.grouped(s.of()) + " ("
        + oneDecimal(s.relative())
        + " times the average; cited by " + s.citedBy() + " archived " + (s.citedBy() == 1 ? "cable" : "cables") + ").")
        .orElse("");
    List<CablePage.Named> people = network.peopleOn(id).stream().map(named -> new CablePage.Named(named.person().name(),
        SitePaths.person(named.person().slug()), String.join(", ", named.roles().stream().map(Role::key).toList()))).toList();
    return new CablePage.Place(rank, SitePaths.thread(id), people);
  }

  /** A number with one decimal, rounded half up, as {@code %.1f} writes it in the root locale. */
  static String oneDecimal(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The version asked for with {@code ?version=N} (1 = oldest release), or the current one. */
  private static int version(String text, ArchivedCable cable) {
    if (text == null) {
      return currentVersion(cable);
    }
    try {
      int version = Integer.parseInt(text);
      if (version >= 1 && version <= cable.versions().size()) {
        return version;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw HttpError.badRequest("version must be a number from 1 to " + cable.versions().size() + ".");
  }

  private static int currentVersion(ArchivedCable cable) {
    for (int i = 0; i < cable.versions().size(); i++) {
      if (cable.versions().get(i).current()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The ID a spelling names here (see {@link CableAddress#resolve(String, java.util.function.Predicate)}), else 404. */
  private ReferenceId resolve(String raw) {
    return CableAddress.resolve(raw, this::kept)
        .orElseThrow(() -> HttpError.notFound("\"" + abbreviate(raw) + "\" is not a cable reference ID."));
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
