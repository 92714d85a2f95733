package org.cablearchive.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled jte templates (compiled at build time, so no template is parsed or
 * compiled while serving). Each template takes one view-model record.
 */
public final class Pages {
  private static final String HTML = "text/html; charset=utf-8";
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} with its view model into the response. */
  public void render(Context ctx, String template, Object model) {
    send(ctx, bytes(template, model));
  }

  /** The page as UTF-8 bytes, e.g. to keep it in {@link RecentPages}. */
  public byte[] bytes(String template, Object model) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, model, output);
    return output.toByteArray();
  }

  /** Sends an already rendered page. */
  public void send(Context ctx, byte[] page) {
    ctx.contentType(HTML).result(page);
  }
}
