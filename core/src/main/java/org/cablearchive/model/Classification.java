package org.cablearchive.model;

import java.util.Locale;
import java.util.Optional;

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
    String normalised = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s*//\\s*", "//").replaceAll("\\s+", " ");
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
