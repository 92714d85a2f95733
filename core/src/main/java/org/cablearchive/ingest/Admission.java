package org.cablearchive.ingest;

import java.util.Optional;
import org.cablearchive.model.Cable;

/**
 * What a parsed document needs to be taken for a cable: a reference ID. One rule for {@code import},
 * which keeps what fails it in the rejects folder, and for {@code parse}, which reports it and exits 1,
 * so that a text file or an image is never printed or stored as a cable with no ID.
 */
public final class Admission {
  private Admission() {}

  /** Why the parsed document is not a cable, or empty when it is one. */
  public static Optional<String> refusal(Cable cable) {
    return cable == null || cable.id() == null ? Optional.of("no reference ID could be read") : Optional.empty();
  }
}
