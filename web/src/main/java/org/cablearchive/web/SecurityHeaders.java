package org.cablearchive.web;

import io.javalin.http.Context;

/**
 * Headers on every response. Pages load nothing but this site's own stylesheet: no script runs at
 * all, so even text that slipped past escaping could not execute; pages may not be framed.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'none'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
