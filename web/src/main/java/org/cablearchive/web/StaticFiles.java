package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet and the site's icon, read from the classpath once at start-up and served from memory. */
final class StaticFiles {
  private final byte[] css = read("static/site.css");
  private final byte[] icon = read("static/favicon.svg");

  void register(RoutesConfig routes) {
    routes.get("/static/site.css", ctx -> send(ctx, "text/css; charset=utf-8", css));
    routes.get("/favicon.svg", ctx -> send(ctx, "image/svg+xml", icon));
    // Browsers and feed readers ask for /favicon.ico whatever the page names.
    routes.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
  }

  private static void send(Context ctx, String type, byte[] body) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(body);
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the build: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
