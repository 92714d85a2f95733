package org.cablearchive.model;

import java.util.Locale;
import java.util.Optional;

/** The formats a cable can be read from. The JSON names are the lower-case names with dashes. */
public enum SourceFormat {
  HTML("html"),
  CSV("csv"),
  TELEGRAM("telegram"),
  PAGE_TEXT("page-text"),
  JSONL("jsonl");

  private final String label;

  SourceFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<SourceFormat> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (SourceFormat f : values()) {
      if (f.label.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
