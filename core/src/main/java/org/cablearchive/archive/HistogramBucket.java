package org.cablearchive.archive;

/** One bar of a date histogram: {@code key} is {@code YYYY} or {@code YYYY-MM}. */
public record HistogramBucket(String key, long count) {}
