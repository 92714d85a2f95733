package org.cablearchive.web.thread;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Thread;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.cable.CableAddress;

/** {@code /cable/<ID>/thread?depth=N}: the thread around a cable, held or only cited. */
public final class ThreadController {
  public static final int DEFAULT_DEPTH = 2;
  public static final int MAX_DEPTH = 4;
  /** Most cables drawn per step: the highest ranked; the page says when some were left out. */
  public static final int PER_STEP = 12;

  private final Archive archive;
  private final Pages pages;
  private final RecentPages recent;

  public ThreadController(Archive archive, Pages pages, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.recent = recent;
  }

  public void register(RoutesConfig routes) {
    routes.get("/cable/{id}/thread", this::show);
  }

  private void show(Context ctx) throws IOException {
    String raw = ctx.pathParam("id");
    // a section published on its own is in the network under its published ID, which is kept as it stands
    CableNetwork network = archive.network();
    ReferenceId id = CableAddress.resolve(raw, kept -> network.standing(kept).isPresent())
        .orElseThrow(() -> HttpError.notFound("\"" + (raw.length() > 60 ? raw.substring(0, 60) + "…" : raw) + "\" is not a cable reference ID."));
    if (!id.value().equals(raw)) {
      ctx.redirect(SitePaths.thread(id) + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    int depth = depth(ctx.queryParam("depth"));
    pages.send(ctx, recent.get(SitePaths.thread(id) + "?depth=" + depth, () -> pages.bytes("thread.jte", build(network, id, depth))));
  }

  public ThreadPage build(CableNetwork network, ReferenceId id, int depth) throws IOException {
    Thread thread = network.thread(id, depth, PER_STEP)
        .orElseThrow(() -> HttpError.notFound("The archive neither holds nor cites " + id.value() + "."));
    Map<ReferenceId, CableSummary> subjects = HeldSummaries.of(archive, thread.nodes().stream().map(Thread.Node::standing).toList());
    Map<Integer, List<ThreadPage.Item>> bySteps = new TreeMap<>();
    for (Thread.Node node : thread.nodes()) {
      if (node.step() == 0) {
        continue;
      }
      CableSummary summary = subjects.get(node.standing().id());
      String text = summary == null ? "not in the archive; cited by " + node.standing().citedBy()
          : SitePaths.day(summary.created()) + " · " + summary.origin() + " · " + (summary.subject() == null ? "" : summary.subject())
              + HeldSummaries.inSections(node.standing());
      bySteps.computeIfAbsent(node.step(), s -> new ArrayList<>())
          .add(new ThreadPage.Item(node.standing().id().value(), SitePaths.cable(node.standing().id()), text));
    }
    List<ThreadPage.Step> steps = new ArrayList<>();
    bySteps.forEach((step, items) -> steps.add(new ThreadPage.Step(step < 0
        ? (step == -1 ? "Cited by this cable" : "Cited " + (-step) + " steps back")
        : (step == 1 ? "Citing this cable" : "Citing " + step + " steps on"), items)));
    List<ThreadPage.Depth> depths = new ArrayList<>();
    for (int d = 1; d <= MAX_DEPTH; d++) {
      depths.add(new ThreadPage.Depth(d, SitePaths.thread(id) + "?depth=" + d, d == depth));
    }
    CableNetwork.Standing focus = network.standing(id).orElseThrow();
    String lead = String.format(Locale.ROOT, "%s cites %d and is cited by %d %s; citation rank %,d of %,d.", id.value(),
        focus.cites(), focus.citedBy(), focus.citedBy() == 1 ? "cable" : "cables", focus.position(), focus.of())
        + (focus.held() ? "" : " The archive does not hold it: only the cables citing it are known.");
    return new ThreadPage(Chrome.titled("Thread of " + id.value()), id.value(), SitePaths.cable(id), lead,
        ThreadDrawing.of(thread), steps, depths,
        thread.cut() ? "Some steps have more than " + PER_STEP + " cables: the highest ranked are shown." : "",
        "/api/cables/" + id.value() + "/thread?depth=" + depth);
  }

  static int depth(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_DEPTH;
    }
    try {
      int depth = Integer.parseInt(text.strip());
      if (depth >= 1 && depth <= MAX_DEPTH) {
        return depth;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw HttpError.badRequest("depth must be a number from 1 to " + MAX_DEPTH + ".");
  }
}
