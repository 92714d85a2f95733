package org.cablearchive.generate;

import java.time.LocalDateTime;
import org.cablearchive.model.Classification;

/**
 * What the plan fixes about one row before its text is composed.
 *
 * @param sequence the 1-based row number (first column)
 * @param id the reference ID
 * @param station the station code
 * @param serial the ID's serial number
 * @param created when it was sent (UTC)
 * @param classification its classification
 * @param partial whether the row is a partial extract (no transmission header)
 */
record PlannedCable(
    int sequence,
    String id,
    String station,
    long serial,
    LocalDateTime created,
    Classification classification,
    boolean partial) {

  int year() {
    return created.getYear();
  }
}
