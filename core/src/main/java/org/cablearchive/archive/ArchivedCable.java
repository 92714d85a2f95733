package org.cablearchive.archive;

import java.util.List;
import org.cablearchive.model.Cable;

/**
 * A published document as the archive holds it: a cable, or a section of one published on its own.
 *
 * @param cable the current version
 * @param versions every stored release, oldest release first (the current one included)
 * @param citedBy the cables whose references include this one
 * @param telegram the telegram's published documents when the release published it in more than one
 *     document (this one among them); null when this document is the whole of what was published of it
 */
public record ArchivedCable(Cable cable, List<Version> versions, List<CableSummary> citedBy, Telegram telegram) {
  public ArchivedCable {
    versions = List.copyOf(versions);
    citedBy = List.copyOf(citedBy);
  }

  /** A cable the release published as one document. */
  public ArchivedCable(Cable cable, List<Version> versions, List<CableSummary> citedBy) {
    this(cable, versions, citedBy, null);
  }
}
