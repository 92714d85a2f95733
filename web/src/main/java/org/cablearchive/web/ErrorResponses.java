package org.cablearchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into responses: an HTML error page for readers, a JSON object
 * ({@code {"status":…,"error":…}}) under {@code /api/}. A query the archive cannot run is the
 * reader's mistake (400), never a server error; a search stopped at its time limit is a 503 that says so.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final Pages pages;
  private final ObjectMapper json;

  ErrorResponses(Pages pages, ObjectMapper json) {
    this.pages = pages;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.exception(HttpError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    routes.exception(QueryException.class, (e, ctx) -> respond(ctx, 400, queryMessage(e)));
    routes.exception(SearchTimeoutException.class, (e, ctx) -> {
      ctx.header("Retry-After", "10");
      respond(ctx, 503, Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
    });
    routes.exception(HttpResponseException.class, (e, ctx) ->
        respond(ctx, e.getStatus(), switch (e.getStatus()) {
          case 404 -> "There is no page at this address.";
          case 405 -> "This address answers GET and HEAD only, not " + ctx.method() + ".";
          default -> e.getMessage();
        }));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Something went wrong on our side; the request was not completed.");
    });
  }

  void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (status == 405) {
      ctx.header("Allow", "GET, HEAD");
    }
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", message);
      try {
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        ctx.contentType("text/plain; charset=utf-8").result(message);
      }
    } else {
      pages.render(ctx, "error.jte", new ErrorPage(status, reason(status), message));
    }
  }

  private static String queryMessage(QueryException e) {
    return e.position() >= 0
        ? "Your query cannot be run (at character " + (e.position() + 1) + "): " + e.getMessage()
        : "Your query cannot be run: " + e.getMessage();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 414 -> "Address too long";
      case 500 -> "Server error";
      case 503 -> "Search stopped";
      default -> "Error " + status;
    };
  }
}
