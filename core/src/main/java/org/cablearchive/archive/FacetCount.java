package org.cablearchive.archive;

/** How many results have one value of a facet field; {@code month} values are {@code YYYY-MM}. */
public record FacetCount(String value, long count) {}
