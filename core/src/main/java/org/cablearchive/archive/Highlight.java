package org.cablearchive.archive;

/** A matched span of a snippet's text, as character offsets {@code [start, end)}. */
public record Highlight(int start, int end) {}
