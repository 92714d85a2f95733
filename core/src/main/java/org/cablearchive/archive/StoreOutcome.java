package org.cablearchive.archive;

/** What storing one release did. */
public enum StoreOutcome {
  /** The archive did not hold the cable; it does now. */
  ADDED,
  /** A new text released later than the stored one: it is the current version now. */
  UPDATED,
  /** A new text released earlier than the current one: kept as an older version, current unchanged. */
  VERSION_ADDED,
  /**
   * The same text is stored with a release date given at import, or none; this source states the date,
   * or gives one where none was known, and that date replaces it.
   */
  DATED,
  /**
   * The same text is stored with another {@link Statement} (created, classification or origin): this one is
   * kept beside it as a version of its own, current when it is the later release (see {@code Archive}).
   */
  CONFLICT,
  /** The same text with the same statement is already stored: nothing changed. */
  UNCHANGED
}
