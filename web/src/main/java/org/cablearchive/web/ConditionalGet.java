package org.cablearchive.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Conditional GET for every successful answer, in one place (an after-handler): the {@code ETag} is a
 * digest of the body, so a feed reader or a browser asking again with {@code If-None-Match} gets 304
 * and no body while nothing changed. An answer that knows when it last changed (a feed: its newest
 * release) also says {@code Last-Modified}, and {@code If-Modified-Since} is honoured when no
 * {@code If-None-Match} is given (RFC 9110 §13.1.3).
 */
public final class ConditionalGet {
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private ConditionalGet() {}

  /** Says when an answer last changed; {@link #apply} turns it into {@code Last-Modified}. */
  public static void lastModified(Context ctx, Instant when) {
    ctx.header("Last-Modified", HTTP_DATE.format(when));
  }

  static void apply(Context ctx) {
    HandlerType method = ctx.method();
    InputStream result = ctx.resultInputStream();
    if ((method != HandlerType.GET && method != HandlerType.HEAD) || ctx.statusCode() != 200 || result == null) {
      return;
    }
    byte[] body = read(result);
    String etag = "\"" + digest(body) + "\"";
    ctx.header("ETag", etag);
    if (notModified(ctx, etag)) {
      ctx.status(304);
      ctx.result(new byte[0]);
      ctx.res().setContentLengthLong(-1);
    } else {
      ctx.result(body);
    }
  }

  private static boolean notModified(Context ctx, String etag) {
    String match = ctx.header("If-None-Match");
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.replaceFirst("^W/", "").equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String since = ctx.header("If-Modified-Since");
    String modified = ctx.res().getHeader("Last-Modified");
    if (since == null || modified == null) {
      return false;
    }
    try {
      return !Instant.from(HTTP_DATE.parse(modified)).isAfter(Instant.from(HTTP_DATE.parse(since.strip())));
    } catch (DateTimeParseException e) {
      return false; // a date that is not an HTTP date is ignored, as RFC 9110 says
    }
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static byte[] read(InputStream result) {
    try {
      return result.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
