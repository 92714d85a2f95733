package org.cablearchive.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Version;
import org.cablearchive.json.ArchivedCableJson;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.Counted;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.browse.BrowseController;
import org.cablearchive.web.browse.BrowseKind;
import org.cablearchive.web.cable.CableAddress;
import org.cablearchive.web.search.PageStart;
import org.cablearchive.web.cable.CableController;
import org.cablearchive.web.search.QueryNotices;
import org.cablearchive.web.search.SearchForm;

/**
 * {@code /api/cables/<ID>}, {@code /api/cables/<ID>/versions/<N>}, {@code /api/cables/<ID>/cited-by},
 * {@code /api/cables/<ID>/related}, {@code /api/search},
 * {@code /api/browse/<kind>[/<value>]}, {@code /api/stats} and {@code /api/openapi.json}. Every
 * answer is JSON, errors included ({@code {"status":…,"error":…}}).
 */
public final class ApiController {
  private static final String JSON = "application/json";
  private static final int FACET_VALUES = 20;
  /** Related cables given when no limit is asked for: as many as a cable page lists. */
  private static final int RELATED = CableController.RELATED;

  private final Archive archive;
  private final ObjectMapper json;
  private final BrowseController browse;
  private final byte[] openApi = openApiDocument();

  public ApiController(Archive archive, ObjectMapper json, BrowseController browse) {
    this.archive = archive;
    this.json = json;
    this.browse = browse;
  }

  /**
   * The mapper of the cable JSON form, shared by the API and error responses; sources are named within
   * themselves, never by the server's folders.
   */
  public static ObjectMapper mapper() {
    return CableJson.publicMapper();
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/cables/{id}", this::cable);
    routes.get("/api/cables/{id}/versions/{number}", this::version);
    routes.get("/api/cables/{id}/cited-by", this::citedBy);
    routes.get("/api/cables/{id}/related", this::related);
    routes.get("/api/search", this::search);
    routes.get("/api/browse/{kind}", this::counts);
    routes.get("/api/browse/{kind}/{value}", ctx -> list(ctx, ctx.pathParam("value")));
    routes.get("/api/browse/created/{year}/{month}", ctx -> list(ctx, ctx.pathParam("year") + "-" + ctx.pathParam("month")));
    routes.get("/api/stats", this::stats);
    routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
  }

  /** The same JSON as {@code cables show --json}, so that a script can use either. */
  private void cable(Context ctx) throws IOException {
    ReferenceId id = canonical(ctx, "");
    if (id == null) {
      return;
    }
    ctx.contentType(JSON).result(ArchivedCableJson.write(find(id)).getBytes(StandardCharsets.UTF_8));
  }

  private void version(Context ctx) throws IOException {
    String number = ctx.pathParam("number");
    ReferenceId id = canonical(ctx, "/versions/" + number);
    if (id == null) {
      return;
    }
    ArchivedCable archived = find(id);
    int count = archived.versions().size();
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("The version must be a number from 1 to " + count + ", not \"" + abbreviate(number) + "\".");
    }
    if (n < 1 || n > count) {
      throw HttpError.notFound(id.value() + " has " + Counted.of(count, "version") + "; there is no version " + n + ".");
    }
    Version v = archived.versions().get(n - 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", n);
    body.put("released", v.released());
    body.put("current", v.current());
    body.put("source", v.source());
    body.put("cable", v.cable());
    send(ctx, body);
  }

  /**
   * The archived cables citing an ID, whether or not the archive holds that cable: how a reader learns
   * who cites a cable that was never released.
   */
  private void citedBy(Context ctx) throws IOException {
    ReferenceId id = canonical(ctx, "/cited-by");
    if (id == null) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("held", archive.find(id).isPresent());
    body.put("citedBy", archive.citedBy(id));
    send(ctx, body);
  }

  /** The cables most like one cable, by its words, its meaning ({@code ?by=}) or both, as its page lists them. */
  private void related(Context ctx) throws IOException {
    SearchMode by = relatedBy(ctx.queryParam("by"));
    int limit = SearchForm.limit(ctx.queryParam("limit"), RELATED);
    ReferenceId id = canonical(ctx, "/related");
    if (id == null) {
      return;
    }
    find(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("by", by.key());
    body.put("related", archive.related(id, limit, by));
    send(ctx, body);
  }

  private static SearchMode relatedBy(String text) {
    if (text == null || text.isBlank()) {
      return Archive.RELATED_BY;
    }
    return SearchMode.fromKey(text.strip()).orElseThrow(() -> HttpError.badRequest("by must be one of words, meaning, both."));
  }

  /** The canonical ID; other spellings are redirected (and null returned). */
  private static ReferenceId canonical(Context ctx, String suffix) {
    String raw = ctx.pathParam("id");
    ReferenceId id = CableAddress.resolve(raw)
        .orElseThrow(() -> HttpError.notFound("\"" + raw + "\" is not a cable reference ID."));
    if (!id.value().equals(raw)) {
      ctx.redirect("/api/cables/" + id.value() + suffix, HttpStatus.MOVED_PERMANENTLY);
      return null;
    }
    return id;
  }

  private ArchivedCable find(ReferenceId id) throws IOException {
    return archive.find(id).orElseThrow(() -> HttpError.notFound("The archive holds no cable " + id.value() + "."));
  }

  private void search(Context ctx) throws IOException {
    SearchForm form = SearchForm.read(ctx);
    QueryNotices about = QueryNotices.of(form, archive);
    SearchForm start = PageStart.resolve(archive, form, about.archiveQuery(form));
    SearchResult result = archive.search(start.request(about.archiveQuery(form), true, FACET_VALUES, form.histogramInterval(), true));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("hits", result.hits());
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetField field : FacetField.values()) {
      facets.put(field.key(), result.facets().getOrDefault(field, List.of()));
    }
    body.put("facets", facets);
    body.put("histogram", result.histogram());
    body.put("next", result.next());
    body.put("cable", about.cable().map(id -> cableNamed(id, about)).orElse(null));
    body.put("unmatched", about.unmatched());
    send(ctx, body);
  }

  /** The cable a query names: the search also finds it and its citing cables; {@code href} is where it is. */
  private static Map<String, Object> cableNamed(ReferenceId id, QueryNotices about) {
    Map<String, Object> cable = new LinkedHashMap<>();
    cable.put("id", id);
    cable.put("held", about.held());
    cable.put("citedBy", about.citedBy());
    cable.put("href", "/api/cables/" + id.value() + (about.held() ? "" : "/cited-by"));
    return cable;
  }

  private void counts(Context ctx) throws IOException {
    BrowseKind kind = kind(ctx);
    boolean byName = BrowseController.byName(ctx, kind);
    List<Map<String, Object>> values = new ArrayList<>();
    browse.counts(kind, byName).forEach((value, count) -> values.add(Map.of("value", value, "count", count)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind.key());
    body.put("values", values);
    send(ctx, body);
  }

  private void list(Context ctx, String raw) throws IOException {
    BrowseKind kind = ctx.pathParamMap().containsKey("kind") ? kind(ctx) : BrowseKind.CREATED;
    String value = kind.checkValue(raw);
    SearchForm form = kind.narrow(SearchForm.read(ctx), value);
    SearchResult result = archive.search(PageStart.resolve(archive, form, form.query()).request(false, 0, null, false));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind.key());
    body.put("value", value);
    body.put("total", result.total());
    body.put("cables", result.hits().stream().map(h -> h.cable()).toList());
    body.put("next", result.next());
    send(ctx, body);
  }

  private static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  private static BrowseKind kind(Context ctx) {
    String key = ctx.pathParam("kind");
    return BrowseKind.fromKey(key).orElseThrow(() ->
        HttpError.notFound("There is no list of kind \"" + key + "\"; use origin, tag, classification, created or released."));
  }

  private void stats(Context ctx) throws IOException {
    ArchiveStats stats = archive.stats();
    send(ctx, stats);
  }

  private void send(Context ctx, Object body) {
    try {
      ctx.contentType(JSON).result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + ctx.path() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static byte[] openApiDocument() {
    try (InputStream in = ApiController.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
