package org.cablearchive.ingest;

import java.time.Duration;

/**
 * What an import did. Every item read is counted exactly once:
 * {@code read == added + updated + versionsAdded + unchanged + rejected}. The counts do not depend on
 * the order in which releases were stored: the same input always gives the same summary.
 *
 * @param read source items read (cables and unreadable pieces)
 * @param added cables the archive did not hold before (whichever of their releases came first)
 * @param updated cables the archive held before whose current text is now a newer release
 * @param versionsAdded every other new text: releases kept as further versions of a cable
 * @param unchanged texts the archive already held
 * @param rejected items that could not be made a cable, kept in the rejects folder
 * @param elapsed how long the import took
 */
public record ImportSummary(
    long read, long added, long updated, long versionsAdded, long unchanged, long rejected, Duration elapsed) {

  /** Whether the import changed the archive's contents. */
  public boolean changedArchive() {
    return added + updated + versionsAdded > 0;
  }
}
