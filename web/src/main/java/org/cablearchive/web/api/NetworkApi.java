package org.cablearchive.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;
import org.cablearchive.network.Post;
import org.cablearchive.network.Thread;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.cable.CableAddress;
import org.cablearchive.web.person.PersonController;
import org.cablearchive.web.thread.MostCitedController;
import org.cablearchive.web.thread.ThreadController;

/**
 * {@code /api/person/<slug>}, {@code /api/people?q=…}, {@code /api/post/<station>}, {@code /api/posts},
 * {@code /api/cables/<ID>/thread}, {@code /api/cited} and {@code /api/export?q=…}, which streams every
 * matching cable as JSON Lines with no cap.
 */
public final class NetworkApi {
  private static final String JSON = "application/json";
  private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
  private static final int MAX_QUERY_LENGTH = 1000;

  private final Archive archive;
  private final ObjectMapper json;

  public NetworkApi(Archive archive, ObjectMapper json) {
    this.archive = archive;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/person/{slug}", this::person);
    routes.get("/api/people", this::people);
    routes.get("/api/post/{station}", this::post);
    routes.get("/api/posts", this::posts);
    routes.get("/api/cables/{id}/thread", this::thread);
    routes.get("/api/cited", this::cited);
    routes.get("/api/export", this::export);
  }

  private void person(Context ctx) throws IOException {
    CableNetwork network = archive.network();
    Person person = network.person(ctx.pathParam("slug"))
        .orElseThrow(() -> HttpError.notFound("No person has the address \"" + ctx.pathParam("slug") + "\"; see /api/people?q=NAME."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("person", person);
    body.put("href", SitePaths.person(person.slug()));
    body.put("mentionQuery", person.surnameOnly() ? null : PersonController.mentionQuery(person));
    body.put("companions", network.companions(person, 20).stream()
        .map(c -> Map.of("slug", c.person().slug(), "name", c.person().name(), "cables", c.cables())).toList());
    send(ctx, body);
  }

  private void people(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    CableNetwork network = archive.network();
    List<Person> people = q == null || q.isBlank() ? network.people() : network.peopleNamed(q.strip());
    send(ctx, Map.of("total", people.size(), "people", people.stream().map(p -> Map.of("slug", p.slug(), "name", p.name(),
        "context", p.context(), "cables", p.total())).toList()));
  }

  private void post(Context ctx) throws IOException {
    CableNetwork network = archive.network();
    String station = ctx.pathParam("station").strip().toUpperCase(java.util.Locale.ROOT);
    Post post = network.post(station).orElseThrow(() -> HttpError.notFound("No post has the station \"" + station + "\"; see /api/posts."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("post", post);
    body.put("href", SitePaths.post(post.station()));
    body.put("wroteTo", network.correspondents(post, 20).stream()
        .map(c -> Map.of("station", c.post().station(), "name", c.post().name(), "byYear", c.byYear())).toList());
    send(ctx, body);
  }

  private void posts(Context ctx) throws IOException {
    send(ctx, archive.network().posts().stream().map(p -> Map.of("station", p.station(), "name", p.name(), "route", p.route(),
        "sent", p.sent().size(), "receivedTo", p.receivedTo().size(), "receivedInfo", p.receivedInfo().size())).toList());
  }

  private void thread(Context ctx) throws IOException {
    String raw = ctx.pathParam("id");
    ReferenceId id = CableAddress.resolve(raw).orElseThrow(() -> HttpError.notFound("\"" + raw + "\" is not a cable reference ID."));
    if (!id.value().equals(raw)) {
      ctx.redirect("/api/cables/" + id.value() + "/thread" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
          HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    int depth = depth(ctx.queryParam("depth"));
    Thread thread = archive.network().thread(id, depth, ThreadController.PER_STEP)
        .orElseThrow(() -> HttpError.notFound("The archive neither holds nor cites " + id.value() + "."));
    send(ctx, thread);
  }

  private static int depth(String text) {
    if (text == null || text.isBlank()) {
      return ThreadController.DEFAULT_DEPTH;
    }
    if (!text.strip().matches("[1-" + ThreadController.MAX_DEPTH + "]")) {
      throw HttpError.badRequest("depth must be a number from 1 to " + ThreadController.MAX_DEPTH + ".");
    }
    return Integer.parseInt(text.strip());
  }

  private void cited(Context ctx) throws IOException {
    String station = ctx.queryParam("station");
    String year = ctx.queryParam("year");
    if (year != null && !year.matches("\\d{4}")) {
      throw HttpError.badRequest("year must be four digits.");
    }
    send(ctx, archive.network().mostCited(station == null ? null : station.strip().toUpperCase(java.util.Locale.ROOT),
        year == null ? null : Integer.valueOf(year), ctx.queryParam("tag"), MostCitedController.LIMIT));
  }

  /**
   * Every matching cable as one JSON line, written as the archive hands them over: nothing is gathered
   * first, so the whole archive streams in flat memory. A query that cannot be run is refused before any
   * line is written.
   */
  private void export(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String query = q == null ? "" : q.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw HttpError.badRequest("q is longer than " + MAX_QUERY_LENGTH + " characters.");
    }
    archive.search(new org.cablearchive.archive.SearchRequest(query, Map.of(), null, 1, null, false, 0, null, false));
    ctx.contentType(JSON_LINES);
    ctx.header("Content-Disposition", "attachment; filename=\"cables.jsonl\"");
    try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      archive.export(query, cable -> {
        out.write(CableJson.write(cable));
        out.write('\n');
      });
    }
  }

  private void send(Context ctx, Object body) {
    try {
      ctx.contentType(JSON).result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + ctx.path() + ": " + e.getOriginalMessage(), e);
    }
  }
}
