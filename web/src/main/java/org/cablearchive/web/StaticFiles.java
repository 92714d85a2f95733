package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet, read from the classpath once at start-up and served from memory. */
final class StaticFiles {
  private final byte[] css = read("static/site.css");

  void register(RoutesConfig routes) {
    routes.get("/static/site.css", this::css);
  }

  private void css(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("text/css; charset=utf-8").result(css);
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
