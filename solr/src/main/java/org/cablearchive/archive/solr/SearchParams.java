package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;

/**
 * Translates a {@link SearchRequest} to Solr parameters: the query as the archive's parser read it,
 * written in Solr's syntax over the same field names, drill-down filters tagged so that each facet is counted without its own filter
 * (multi-select), facets and the histogram through the JSON facet API, and cursor paging.
 */
final class SearchParams {
  /** The most hits one page may ask for. */
  static final int MAX_LIMIT = 1000;
  static final int DEFAULT_FACET_LIMIT = 10;
  static final String HISTOGRAM = "histogram";

  private SearchParams() {}

  static ModifiableSolrParams of(SearchRequest request, QueryWriter.Written query, PageCursor cursor) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query.q());
    query.params().forEach(params::set);
    params.set("defType", "lucene");
    params.set("df", TEXT);
    params.add("fq", KIND + ":" + KIND_CABLE);
    request.filters().forEach((field, values) -> {
      if (!values.isEmpty()) {
        params.add("fq", filter(field, values));
      }
    });
    params.set("rows", limit(request));
    params.set("fl", SUMMARY_FIELDS);
    params.set("sort", sort(request.sort()));
    params.set("cursorMark", cursor.mark());
    String facets = jsonFacets(request);
    if (!facets.isEmpty()) {
      params.set("json.facet", "{" + facets + "}");
    }
    return params;
  }

  static int limit(SearchRequest request) {
    return Math.max(1, Math.min(request.limit(), MAX_LIMIT));
  }

  /** Values of one field ORed, exactly as the facet shows them, tagged so that field's own facet ignores it. */
  static String filter(FacetField field, List<String> values) {
    String clauses = values.stream().map(value -> facetField(field) + ":" + quoted(value))
        .collect(Collectors.joining(" OR "));
    return "{!tag=" + field.key() + "}(" + clauses + ")";
  }

  static String facetField(FacetField field) {
    return switch (field) {
      case ORIGIN -> ORIGIN_FACET;
      case TAG -> TAG_FACET;
      case CLASSIFICATION -> CLASSIFICATION_FACET;
      case HANDLING -> HANDLING_FACET;
      case YEAR -> YEAR_FACET;
      case MONTH -> MONTH_FACET;
    };
  }

  /** Ties are broken by reference ID, which is also what cursor paging needs. */
  static String sort(SortOrder order) {
    if (order == SortOrder.RANK) {
      // ordered in the archive from the network's ranks (RankedSearch): the collection only finds the hits
      return KEY + " asc";
    }
    String first = switch (order) {
      case RELEVANCE -> "score desc";
      case CREATED_ASC -> CREATED + " asc";
      case CREATED_DESC -> CREATED + " desc";
      case RELEASED_ASC -> RELEASED + " asc";
      case RELEASED_DESC -> RELEASED + " desc";
      case CITED_DESC -> CITED_BY_COUNT + " desc";
      case RANK -> throw new IllegalStateException("answered above");
    };
    return first + "," + KEY + " asc";
  }

  private static String jsonFacets(SearchRequest request) {
    StringBuilder json = new StringBuilder();
    if (request.facets()) {
      int limit = request.facetLimit() > 0 ? request.facetLimit() : DEFAULT_FACET_LIMIT;
      for (FacetField field : FacetField.values()) {
        append(json, field.key() + ":{type:terms,field:" + facetField(field) + ",limit:" + limit
            // refinement makes the counts of the returned values exact across shards
            + ",refine:true,overrequest:" + (2 * limit + 50) + ",domain:{excludeTags:" + field.key() + "}}");
      }
    }
    if (request.histogram() != null) {
      String field = request.histogram() == HistogramInterval.YEAR ? YEAR_FACET : MONTH_FACET;
      append(json, HISTOGRAM + ":{type:terms,field:" + field + ",limit:-1,sort:\"index asc\"}");
    }
    return json.toString();
  }

  private static void append(StringBuilder json, String facet) {
    if (json.length() > 0) {
      json.append(',');
    }
    json.append(facet);
  }
}
