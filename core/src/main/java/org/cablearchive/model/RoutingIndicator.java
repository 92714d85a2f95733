package org.cablearchive.model;

import java.util.Objects;

/** A routing indicator such as {@code RUEHME}: the address of a station on the telegraph network. */
public record RoutingIndicator(String code) {
  public RoutingIndicator {
    Objects.requireNonNull(code, "code");
  }

  @Override
  public String toString() {
    return code;
  }
}
