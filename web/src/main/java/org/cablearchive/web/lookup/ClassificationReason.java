package org.cablearchive.web.lookup;

/**
 * One category of information a classifier cited, e.g. {@code (d)}.
 *
 * @param letter the lower-case letter of section 1.4 (1.5 in the original E.O. 12958)
 * @param meaning what the category covers
 */
public record ClassificationReason(char letter, String meaning) {}
