package org.cablearchive.archive.solr;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.HistogramInterval;

/** Reads the JSON facet part of a Solr response as the archive's facet counts and histogram. */
final class SearchAnswer {
  private SearchAnswer() {}

  static Map<FacetField, List<FacetCount>> facets(QueryResponse response, boolean asked) {
    Map<FacetField, List<FacetCount>> facets = new EnumMap<>(FacetField.class);
    if (asked) {
      for (FacetField field : FacetField.values()) {
        List<FacetCount> counts = new ArrayList<>();
        buckets(response, field.key()).forEach(b -> counts.add(new FacetCount(value(b), count(b))));
        facets.put(field, counts);
      }
    }
    return facets;
  }

  /**
   * The buckets from the first to the last year (or month) with a cable, empty ones included, so
   * that a timeline shows gaps as gaps.
   */
  static List<HistogramBucket> histogram(QueryResponse response, HistogramInterval interval) {
    TreeMap<YearMonth, Long> counts = new TreeMap<>();
    for (NamedList<Object> bucket : buckets(response, SearchParams.HISTOGRAM)) {
      String key = value(bucket);
      counts.put(interval == HistogramInterval.YEAR ? Year.parse(key).atMonth(1) : YearMonth.parse(key), count(bucket));
    }
    List<HistogramBucket> histogram = new ArrayList<>();
    if (counts.isEmpty()) {
      return histogram;
    }
    int step = interval == HistogramInterval.YEAR ? 12 : 1;
    for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(step)) {
      String key = interval == HistogramInterval.YEAR ? String.format("%04d", m.getYear()) : m.toString();
      histogram.add(new HistogramBucket(key, counts.getOrDefault(m, 0L)));
    }
    return histogram;
  }

  /** The buckets of one terms facet, as the archive's counts. */
  static List<FacetCount> terms(QueryResponse response, String name) {
    return buckets(response, name).stream().map(b -> new FacetCount(value(b), count(b))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<NamedList<Object>> buckets(QueryResponse response, String name) {
    Object facets = response.getResponse().get("facets");
    if (!(facets instanceof NamedList<?> all) || !(all.get(name) instanceof NamedList<?> facet)) {
      return List.of();
    }
    Object buckets = facet.get("buckets");
    return buckets == null ? List.of() : (List<NamedList<Object>>) buckets;
  }

  private static String value(NamedList<Object> bucket) {
    return String.valueOf(bucket.get("val"));
  }

  private static long count(NamedList<Object> bucket) {
    return ((Number) bucket.get("count")).longValue();
  }
}
