package org.cablearchive.archive;

/**
 * A vector computed for a {@link CableToEmbed}, to store with {@link Archive#storeMeanings}.
 *
 * @param cable the text it was computed from
 * @param meaning its meaning
 */
public record EmbeddedCable(CableToEmbed cable, CableMeaning meaning) {}
