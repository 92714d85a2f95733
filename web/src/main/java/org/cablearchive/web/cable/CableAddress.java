package org.cablearchive.web.cable;

import java.util.Locale;
import java.util.Optional;
import org.cablearchive.model.ReferenceId;

/** Reads the ID a reader typed or followed, in whatever spelling, as a canonical reference ID. */
public final class CableAddress {
  private CableAddress() {}

  public static Optional<ReferenceId> resolve(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = raw.trim();
    if (text.toLowerCase(Locale.ROOT).endsWith(".html")) {
      text = text.substring(0, text.length() - ".html".length());
    }
    String squeezed = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    return ReferenceId.isCanonical(squeezed) ? Optional.of(ReferenceId.of(squeezed)) : Optional.empty();
  }
}
