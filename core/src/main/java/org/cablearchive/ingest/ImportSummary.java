package org.cablearchive.ingest;

import java.time.Duration;

/**
 * What an import did. Every item read is counted exactly once:
 * {@code read == added + updated + versionsAdded + conflicts + dated + unchanged + rejected}. The counts do not depend
 * on the order in which releases were stored: the same input always gives the same summary.
 *
 * @param read source items read (cables and unreadable pieces)
 * @param added documents the archive did not hold before (whichever of their releases came first)
 * @param updated documents the archive held before whose current text is now a newer release
 * @param versionsAdded every other new text: releases kept as further versions of a document
 * @param conflicts releases of a text the archive held (or this import stored) with another statement — another
 *     created date, classification or origin: each kept as a version beside the others, the document's
 *     disagreement shown as a problem
 * @param dated texts the archive held with a release date given at import or none, whose source states
 *     the date (or, given now, gives one where none was known): the date is replaced
 * @param unchanged texts the archive already held
 * @param rejected items that could not be made a cable, kept in the rejects folder
 * @param parts of the items stored, how many are sections of a telegram published on their own, each kept
 *     as a document of its own under its published ID (and counted in the outcomes above as well)
 * @param elapsed how long the import took
 */
public record ImportSummary(long read, long added, long updated, long versionsAdded, long conflicts, long dated, long unchanged,
    long rejected, long parts, Duration elapsed) {

  /** Whether the import changed the archive's contents. */
  public boolean changedArchive() {
    return added + updated + versionsAdded + conflicts + dated > 0;
  }
}
