package org.cablearchive.web.lookup;

/**
 * What one tag means.
 *
 * @param tag the tag as written
 * @param kind subject tag, country code, organisation, person or unknown
 * @param description a short description, or empty when none is known
 */
public record TagMeaning(String tag, TagKind kind, String description) {}
