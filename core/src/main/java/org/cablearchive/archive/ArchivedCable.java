package org.cablearchive.archive;

import java.util.List;
import org.cablearchive.model.Cable;

/**
 * A cable as the archive holds it.
 *
 * @param cable the current version
 * @param versions every stored release, oldest release first (the current one included)
 * @param citedBy the cables whose references include this one
 */
public record ArchivedCable(Cable cable, List<Version> versions, List<CableSummary> citedBy) {
  public ArchivedCable {
    versions = List.copyOf(versions);
    citedBy = List.copyOf(citedBy);
  }
}
