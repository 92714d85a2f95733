package org.cablearchive.web.cable;

import java.util.Optional;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;

/**
 * Reads the ID a reader typed or followed — {@code 09 MEXICO 3093}, {@code 09mexico003093}, a WikiLeaks
 * file name {@code 09MEXICO3093.html}, an ID WikiLeaks published garbled — as a canonical reference ID,
 * with the telegram parser's own rules so that the site finds what the import stored.
 */
public final class CableAddress {
  private CableAddress() {}

  public static Optional<ReferenceId> resolve(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.regionMatches(true, text.length() - 5, ".html", 0, 5)) {
      text = text.substring(0, text.length() - 5);
    }
    return ReferenceIds.canonical(text);
  }
}
