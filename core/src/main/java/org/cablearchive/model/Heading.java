package org.cablearchive.model;

/**
 * A heading of the body: a line (or a few) standing between paragraphs as a title of what follows
 * ({@code Working With New Merida Architecture}, {@code ---------- Air Routes ----------}). Kept apart
 * from the paragraphs so that a paragraph's text is only its own, and a page can show the structure.
 *
 * @param text the heading's words, without the dashes or underlines around them, white space collapsed
 * @param start where those words begin in the body
 * @param end where they end in the body (exclusive)
 */
public record Heading(String text, int start, int end) {}
