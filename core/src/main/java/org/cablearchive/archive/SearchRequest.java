package org.cablearchive.archive;

import java.util.List;
import java.util.Map;

/**
 * A search.
 *
 * @param query the query in Lucene's classic syntax with the archive's fields; blank means all cables
 * @param filters drill-down selections: within one field values are ORed, across fields ANDed
 * @param sort result order
 * @param limit hits per page (the implementation bounds it)
 * @param cursor where the previous page ended ({@link SearchResult#next()}), or null for the first page
 * @param facets whether to count facets
 * @param facetLimit the most values to return per facet field
 * @param histogram the histogram to compute, or null for none
 * @param snippets whether to compute highlighted snippets
 * @param mode by words, by meaning, or both (see {@link SearchMode})
 */
public record SearchRequest(
    String query,
    Map<FacetField, List<String>> filters,
    SortOrder sort,
    int limit,
    String cursor,
    boolean facets,
    int facetLimit,
    HistogramInterval histogram,
    boolean snippets,
    SearchMode mode) {

  /** The longest query a reader may give, on the pages, in the API and in the CLI alike. */
  public static final int MAX_QUERY_LENGTH = 1000;
  /** The most hits a reader may ask for in one page, everywhere alike (the archive itself bounds a request at 1000). */
  public static final int MAX_PAGE_SIZE = 100;

  /** Why {@code limit} is not a page size a reader may ask for, or empty when it is one. */
  public static java.util.Optional<String> pageSizeProblem(int limit) {
    return limit >= 1 && limit <= MAX_PAGE_SIZE ? java.util.Optional.empty()
        : java.util.Optional.of("must be a number from 1 to " + MAX_PAGE_SIZE);
  }

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    mode = mode == null ? SearchMode.WORDS : mode;
  }

  /** A search by words. */
  public SearchRequest(String query, Map<FacetField, List<String>> filters, SortOrder sort, int limit, String cursor,
      boolean facets, int facetLimit, HistogramInterval histogram, boolean snippets) {
    this(query, filters, sort, limit, cursor, facets, facetLimit, histogram, snippets, SearchMode.WORDS);
  }

  /** This search in another mode. */
  public SearchRequest in(SearchMode other) {
    return new SearchRequest(query, filters, sort, limit, cursor, facets, facetLimit, histogram, snippets, other);
  }

  /** A plain first page of 20 hits with snippets, no facets or histogram. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, null, false, 10, null, true);
  }
}
