package org.cablearchive.ingest;

import java.time.Duration;

/**
 * What an import did. Every item read is counted exactly once:
 * {@code read == added + updated + versionsAdded + unchanged + rejected}.
 *
 * @param read source items read (cables and unreadable pieces)
 * @param added cables the archive did not hold before
 * @param updated new texts released later than the stored one: now the current version
 * @param versionsAdded new texts released earlier than the current one: kept as older versions
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
