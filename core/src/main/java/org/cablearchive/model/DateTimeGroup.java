package org.cablearchive.model;

import java.util.Objects;

/** A military date-time group as written in the header, e.g. {@code 272238Z OCT 09}. */
public record DateTimeGroup(String text) {
  public DateTimeGroup {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return text;
  }
}
