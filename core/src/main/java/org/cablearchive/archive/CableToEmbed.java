package org.cablearchive.archive;

import org.cablearchive.model.Cable;

/**
 * A cable whose current text has no meaning vector yet (see {@link Archive#cablesToEmbed}).
 *
 * @param cable the current text
 * @param text identifies that text: a vector is stored only while it is still the current one
 */
public record CableToEmbed(Cable cable, long text) {}
