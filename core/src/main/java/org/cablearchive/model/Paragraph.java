package org.cablearchive.model;

/**
 * A numbered paragraph of the body.
 *
 * @param number its number (1-based) as the cable numbers it, after repairing mangled marks
 * @param marking its classification marking as written without parentheses ({@code C}, {@code S/NF}), or null
 * @param text the paragraph's text, without its number and marking
 */
public record Paragraph(int number, String marking, String text) {}
