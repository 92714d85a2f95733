package org.cablearchive.web.cable;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;

/**
 * Reads the ID a reader typed or followed — {@code 09 MEXICO 3093}, {@code 09mexico003093}, a WikiLeaks
 * file name {@code 09MEXICO3093.html}, an ID WikiLeaks published garbled — as a canonical reference ID,
 * with the telegram parser's own rules so that the site finds what the import stored. A section the release
 * published on its own is kept under its published ID ({@code 08SCTION02OF02SAOPAULO335}): that spelling is
 * tried as it stands before it is read as its telegram's ID.
 */
public final class CableAddress {
  private CableAddress() {}

  /** The canonical ID a spelling stands for. */
  public static Optional<ReferenceId> resolve(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return ReferenceIds.canonical(withoutPageSuffix(raw.strip()));
  }

  /**
   * The ID a spelling names in an archive: the spelling as it stands when the archive keeps a document under
   * it ({@code kept}), else its canonical form.
   */
  public static Optional<ReferenceId> resolve(String raw, Predicate<ReferenceId> kept) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String written = withoutPageSuffix(raw.strip()).toUpperCase(Locale.ROOT);
    if (ReferenceId.isCanonical(written) && kept.test(ReferenceId.of(written))) {
      return Optional.of(ReferenceId.of(written));
    }
    return resolve(raw);
  }

  private static String withoutPageSuffix(String text) {
    return text.regionMatches(true, text.length() - 5, ".html", 0, 5) ? text.substring(0, text.length() - 5) : text;
  }
}
