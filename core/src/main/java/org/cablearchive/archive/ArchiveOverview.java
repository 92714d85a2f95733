package org.cablearchive.archive;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The whole archive at a glance, as its front page shows it.
 *
 * @param stats the counts over the whole archive
 * @param latest the {@link #LISTED} cables released last
 * @param mostCited the {@link #LISTED} cables most cited, with their cited-by counts (a cable cited by none
 *     is not among them)
 * @param origins the {@link #COUNTED} origins with most cables
 * @param tags the {@link #COUNTED} tags with most cables
 * @param years cables per year created, in date order
 */
public record ArchiveOverview(
    ArchiveStats stats,
    List<CableSummary> latest,
    List<Hit> mostCited,
    List<FacetCount> origins,
    List<FacetCount> tags,
    List<HistogramBucket> years) {

  /** Cables in each list. */
  public static final int LISTED = 8;
  /** Values in each count. */
  public static final int COUNTED = 10;

  public ArchiveOverview {
    latest = List.copyOf(latest);
    mostCited = List.copyOf(mostCited);
    origins = List.copyOf(origins);
    tags = List.copyOf(tags);
    years = List.copyOf(years);
  }

  /** The overview as {@code archive}'s searches give it: what any archive's overview must equal. */
  public static ArchiveOverview searched(Archive archive) throws IOException {
    ArchiveStats stats = archive.stats();
    SearchResult latest = archive.search(list(SortOrder.RELEASED_DESC));
    SearchResult cited = archive.search(list(SortOrder.CITED_DESC));
    SearchResult whole = archive.search(
        new SearchRequest("", Map.of(), SortOrder.CREATED_DESC, 1, null, true, COUNTED, HistogramInterval.YEAR, false));
    return new ArchiveOverview(stats,
        latest.hits().stream().map(Hit::cable).toList(),
        cited.hits().stream().filter(hit -> hit.citedByCount() > 0).toList(),
        whole.facets().getOrDefault(FacetField.ORIGIN, List.of()),
        whole.facets().getOrDefault(FacetField.TAG, List.of()),
        whole.histogram());
  }

  private static SearchRequest list(SortOrder order) {
    return new SearchRequest("", Map.of(), order, LISTED, null, false, COUNTED, null, false);
  }
}
