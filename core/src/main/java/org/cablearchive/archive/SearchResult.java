package org.cablearchive.archive;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total the exact number of matching cables (never capped)
 * @param hits this page
 * @param facets counts per value, highest first, for each facet field (empty when not asked for)
 * @param histogram buckets in date order (empty when not asked for)
 * @param next the cursor for the next page, or null after the last
 */
public record SearchResult(
    long total, List<Hit> hits, Map<FacetField, List<FacetCount>> facets, List<HistogramBucket> histogram, String next) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    histogram = List.copyOf(histogram);
  }
}
