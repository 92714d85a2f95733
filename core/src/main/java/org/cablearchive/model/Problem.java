package org.cablearchive.model;

/**
 * Something the parser could not read as expected. Problems are data: the cable is still kept.
 *
 * @param code a stable machine-readable code, e.g. {@code NO_SUBJECT}
 * @param line the line in the source file (1-based), or 0 when it is not tied to one
 * @param message one human-readable sentence
 */
public record Problem(String code, int line, String message) {}
