package org.cablearchive.archive;

import java.util.Locale;
import java.util.Optional;

/** The fields results can be counted and drilled down by. JSON names are the lower-case names. */
public enum FacetField {
  ORIGIN,
  TAG,
  CLASSIFICATION,
  HANDLING,
  YEAR,
  MONTH;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FacetField> fromKey(String key) {
    for (FacetField f : values()) {
      if (f.key().equalsIgnoreCase(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
