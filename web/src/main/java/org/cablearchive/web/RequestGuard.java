package org.cablearchive.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses requests before any controller sees them: addresses too long to be a real link, addresses
 * with a {@code %} that does not start an escape of two hex digits (such as {@code %u0041}, which
 * Javalin's decoding of path parameters would fail on, and Jetty's decoding of query strings would read
 * as a letter), and addresses whose percent-escapes are not UTF-8 (which would otherwise be read as
 * replacement characters and searched for).
 */
final class RequestGuard {
  static final int MAX_URL_LENGTH = 4096;
  private static final Pattern ESCAPES = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
  private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private RequestGuard() {}

  static void check(Context ctx) {
    String path = ctx.req().getRequestURI();
    String query = ctx.req().getQueryString();
    int length = path.length() + (query == null ? 0 : query.length() + 1);
    if (length > MAX_URL_LENGTH) {
      throw new HttpError(414, "The address is longer than " + MAX_URL_LENGTH + " characters.");
    }
    if (MALFORMED_ESCAPE.matcher(path).find() || (query != null && MALFORMED_ESCAPE.matcher(query).find())) {
      throw HttpError.badRequest("The address contains a % that is not followed by two hex digits (write a % sign as %25).");
    }
    if (!isUtf8(path) || (query != null && !isUtf8(query))) {
      throw HttpError.badRequest("The address contains percent-escapes that are not UTF-8.");
    }
  }

  /** Whether every run of percent-escapes decodes as well-formed UTF-8. */
  static boolean isUtf8(String raw) {
    Matcher m = ESCAPES.matcher(raw);
    while (m.find()) {
      String run = m.group();
      byte[] bytes = new byte[run.length() / 3];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
      }
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        return false;
      }
    }
    return true;
  }
}
