package org.cablearchive.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The six classifications of the release, as the cable pages and cables.csv spell them. */
public enum Classification {
  UNCLASSIFIED("UNCLASSIFIED"),
  UNCLASSIFIED_FOUO("UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
  CONFIDENTIAL("CONFIDENTIAL"),
  CONFIDENTIAL_NOFORN("CONFIDENTIAL//NOFORN"),
  SECRET("SECRET"),
  SECRET_NOFORN("SECRET//NOFORN");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  /** The label as published, e.g. {@code SECRET//NOFORN}; this is also the JSON form. */
  public String label() {
    return label;
  }

  /** Reads a published label, tolerating case and spacing around the slashes. */
  public static Optional<Classification> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String upper = text.trim().toUpperCase(Locale.ROOT);
    Optional<Classification> exact = labelled(upper);
    return exact.isPresent() ? exact
        : labelled(SPACES.matcher(SLASHES.matcher(upper).replaceAll("//")).replaceAll(" "));
  }

  /** Spacing around the double slash, and runs of spacing, which labels are read without. */
  private static final Pattern SLASHES = Pattern.compile("\\s*//\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Optional<Classification> labelled(String normalised) {
    for (Classification c : values()) {
      if (c.label.equals(normalised)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
