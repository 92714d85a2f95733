package org.cablearchive.generate;

/**
 * A cable cited in a REF line: one the corpus holds, or one never released.
 *
 * @param id its reference ID
 * @param yy the two-digit year of its ID
 * @param station its station code
 * @param serial its serial number
 */
record Citation(String id, int yy, String station, long serial) {}
