package org.cablearchive.web.cable;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.SitePaths;

/**
 * {@code /cable/<ID>}: the cable page. Other spellings of an ID and WikiLeaks addresses
 * ({@code /cable/2009/10/09MEXICO3093.html}) redirect permanently to the canonical address; an ID the
 * archive does not hold answers 404, listing the cables that cite it when there are any.
 */
public final class CableController {
  private static final int RELATED = 8;

  private final Archive archive;
  private final Pages pages;
  private final CablePageBuilder builder;

  public CableController(Archive archive, Pages pages, CablePageBuilder builder) {
    this.archive = archive;
    this.pages = pages;
    this.builder = builder;
  }

  public void register(RoutesConfig routes) {
    routes.get("/cable", this::lookup);
    routes.get("/cable/{id}", this::show);
    routes.get("/cable/{year}/{month}/{file}", this::wikiLeaksAddress);
  }

  /** {@code /cable?id=09 MEXICO 3093}: the "go to cable" form. */
  private void lookup(Context ctx) {
    String raw = ctx.queryParam("id");
    if (raw == null || raw.isBlank()) {
      throw HttpError.badRequest("Give the reference ID of a cable, e.g. ?id=09MEXICO3093.");
    }
    ctx.redirect(SitePaths.cable(resolve(raw)), HttpStatus.SEE_OTHER);
  }

  private void wikiLeaksAddress(Context ctx) {
    ctx.redirect(SitePaths.cable(resolve(ctx.pathParam("file"))), HttpStatus.MOVED_PERMANENTLY);
  }

  private void show(Context ctx) throws IOException {
    String raw = ctx.pathParam("id");
    ReferenceId id = resolve(raw);
    if (!id.value().equals(raw)) {
      String query = ctx.queryString();
      ctx.redirect(SitePaths.cable(id) + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Optional<ArchivedCable> found = archive.find(id);
    if (found.isEmpty()) {
      missing(ctx, id);
      return;
    }
    int version = versionParam(ctx, found.get());
    List<CableSummary> related = archive.related(id, RELATED);
    pages.render(ctx, "cable.jte", builder.build(found.get(), version, held(found.get()), related, baseUrl(ctx)));
  }

  private void missing(Context ctx, ReferenceId id) throws IOException {
    List<CableRow> citing = archive.citedBy(id).stream().map(CableRow::of).toList();
    ctx.status(404);
    pages.render(ctx, "missing-cable.jte",
        new MissingCablePage(Chrome.titled("Cable " + id.value() + " is not in the archive"), id.value(), citing));
  }

  /** Which of the cables this one cites the archive holds, so the page can say which were never released. */
  private Set<ReferenceId> held(ArchivedCable archived) throws IOException {
    Set<ReferenceId> held = new HashSet<>();
    for (ReferenceId cited : archived.cable().citedIds()) {
      if (archive.find(cited).isPresent()) {
        held.add(cited);
      }
    }
    return held;
  }

  /** The version asked for with {@code ?version=N} (1 = oldest release), or the current one. */
  private static int versionParam(Context ctx, ArchivedCable cable) {
    String text = ctx.queryParam("version");
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

  static ReferenceId resolve(String raw) {
    return CableAddress.resolve(raw)
        .orElseThrow(() -> HttpError.notFound("\"" + abbreviate(raw) + "\" is not a cable reference ID."));
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private static String baseUrl(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }
}
