package org.cablearchive.archive;

import java.util.Map;

/**
 * Counts over the whole archive (current versions).
 *
 * @param cables cables held
 * @param versions releases held, current ones included
 * @param byClassification cables per classification label
 * @param byOrigin cables per origin
 * @param byYear cables per year created
 * @param indexBytes bytes the archive occupies on disk (or in the cluster)
 */
public record ArchiveStats(
    long cables,
    long versions,
    Map<String, Long> byClassification,
    Map<String, Long> byOrigin,
    Map<Integer, Long> byYear,
    long indexBytes) {}
