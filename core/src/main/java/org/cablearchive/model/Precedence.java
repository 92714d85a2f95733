package org.cablearchive.model;

import java.util.Locale;
import java.util.Optional;

/** How urgently a telegram was to be delivered: the letter before the date-time group. */
public enum Precedence {
  FLASH('Z'),
  IMMEDIATE('O'),
  PRIORITY('P'),
  ROUTINE('R');

  private final char letter;

  Precedence(char letter) {
    this.letter = letter;
  }

  public char letter() {
    return letter;
  }

  public static Optional<Precedence> fromLetter(char letter) {
    for (Precedence p : values()) {
      if (p.letter == letter) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Reads a spelled-out precedence ({@code PRIORITY}, {@code NIACT IMMEDIATE} counts as IMMEDIATE). */
  public static Optional<Precedence> fromWord(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.trim().toUpperCase(Locale.ROOT);
    if (w.endsWith("IMMEDIATE")) {
      return Optional.of(IMMEDIATE);
    }
    for (Precedence p : values()) {
      if (p.name().equals(w)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
