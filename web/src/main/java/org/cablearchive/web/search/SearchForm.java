package org.cablearchive.web.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.cable.CableAddress;

/**
 * The parameters of a search as the reader gave them, validated: {@code q}, drill-down filters
 * ({@code origin=…&origin=…&tag=…&classification=…&handling=…&year=…&month=…}), {@code sort},
 * {@code limit}, where the page starts: {@code page} (its number), or {@code cursor} with {@code from}
 * (how many hits came before, for display), and {@code mode} ({@code words}, {@code meaning} or {@code both}).
 * Builds the archive request and the addresses of neighbouring searches (a filter added or removed, the next
 * page, another mode).
 */
public record SearchForm(String query, Map<FacetField, List<String>> filters, SortOrder sort, int limit, String cursor,
    int from, SearchMode mode) {
  public static final int MAX_QUERY_LENGTH = SearchRequest.MAX_QUERY_LENGTH;
  public static final int MAX_LIMIT = SearchRequest.MAX_PAGE_SIZE;
  public static final int DEFAULT_LIMIT = 20;
  /** Hits that numbered pages reach (10,000: 500 pages of 20); past them the Next link's cursor goes on without end. */
  public static final int MAX_PAGED_HITS = 10_000;
  private static final int MAX_FILTER_VALUES = 50;
  private static final int MAX_VALUE_LENGTH = 200;
  private static final int MAX_CURSOR_LENGTH = 1000;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9 ()/.,\\-]+|https?://[^\\s\"]+");

  public SearchForm {
    Map<FacetField, List<String>> copy = new EnumMap<>(FacetField.class);
    filters.forEach((field, values) -> {
      if (!values.isEmpty()) {
        copy.put(field, List.copyOf(values));
      }
    });
    filters = java.util.Collections.unmodifiableMap(copy);
    mode = mode == null ? SearchMode.WORDS : mode;
  }

  /** A search by words. */
  public SearchForm(String query, Map<FacetField, List<String>> filters, SortOrder sort, int limit, String cursor, int from) {
    this(query, filters, sort, limit, cursor, from, SearchMode.WORDS);
  }

  /** Reads and checks the request's parameters; a bad one is a 400 naming the parameter. */
  public static SearchForm read(Context ctx) {
    String query = ctx.queryParam("q");
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw HttpError.badRequest("q is longer than " + MAX_QUERY_LENGTH + " characters.");
    }
    int limit = limit(ctx.queryParam("limit"));
    String cursor = cursor(ctx.queryParam("cursor"));
    String page = ctx.queryParam("page");
    if (page != null && cursor != null) {
      throw HttpError.badRequest("Give page or cursor, not both.");
    }
    int from = page != null ? (page(page, limit) - 1) * limit : from(ctx.queryParam("from"));
    return new SearchForm(query, filters(ctx), sort(ctx.queryParam("sort"), query), limit, cursor, from,
        mode(ctx.queryParam("mode")));
  }

  /** The page number asked for: pages reach {@link #MAX_PAGED_HITS} hits; later ones follow the cursor. */
  static int page(String text, int limit) {
    int last = Math.max(1, MAX_PAGED_HITS / limit);
    try {
      int page = Integer.parseInt(text.strip());
      if (page >= 1 && page <= last) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.badRequest("page must be a number from 1 to " + last + " (later results follow Next page).");
  }

  static SearchMode mode(String text) {
    if (text == null || text.isBlank()) {
      return SearchMode.WORDS;
    }
    return SearchMode.fromKey(text.strip())
        .orElseThrow(() -> HttpError.badRequest("mode must be one of words, meaning, both."));
  }

  private static Map<FacetField, List<String>> filters(Context ctx) {
    Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
    int count = 0;
    for (FacetField field : FacetField.values()) {
      List<String> values = new ArrayList<>();
      for (String value : ctx.queryParams(field.key())) {
        String v = checkFilter(field, value.strip());
        if (!v.isEmpty() && !values.contains(v)) {
          values.add(v);
        }
      }
      count += values.size();
      filters.put(field, values);
    }
    if (count > MAX_FILTER_VALUES) {
      throw HttpError.badRequest("At most " + MAX_FILTER_VALUES + " filter values can be combined.");
    }
    return filters;
  }

  static String checkFilter(FacetField field, String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      throw HttpError.badRequest(field.key() + " is longer than " + MAX_VALUE_LENGTH + " characters.");
    }
    if (field == FacetField.YEAR && !value.isEmpty() && !YEAR.matcher(value).matches()) {
      throw HttpError.badRequest("year must be four digits, e.g. year=2009.");
    }
    if (field == FacetField.MONTH && !value.isEmpty() && !MONTH.matcher(value).matches()) {
      throw HttpError.badRequest("month must be YYYY-MM, e.g. month=2009-10.");
    }
    return value;
  }

  static SortOrder sort(String text, String query) {
    if (text == null || text.isBlank()) {
      return query.isBlank() ? SortOrder.CREATED_DESC : SortOrder.RELEVANCE;
    }
    return SortOrder.fromKey(text).orElseThrow(() -> HttpError.badRequest("sort must be one of " + SortOrder.keys() + "."));
  }

  /** The parameter form of a sort order: {@code CREATED_DESC} → {@code created-desc}. */
  public static String key(SortOrder order) {
    return order.key();
  }

  static int limit(String text) {
    return limit(text, DEFAULT_LIMIT);
  }

  /** A {@code limit} parameter from 1 to {@link #MAX_LIMIT}, {@code otherwise} when absent; a bad one is a 400. */
  public static int limit(String text, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.badRequest("limit must be a number from 1 to " + MAX_LIMIT + ".");
  }

  private static String cursor(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_CURSOR_LENGTH) {
      throw HttpError.badRequest("cursor is longer than " + MAX_CURSOR_LENGTH + " characters.");
    }
    return text;
  }

  private static int from(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int from = Integer.parseInt(text.strip());
      if (from >= 0) {
        return from;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.badRequest("from must be a number of 0 or more.");
  }

  /** The archive request for this page. */
  public SearchRequest request(boolean facets, int facetLimit, HistogramInterval histogram, boolean snippets) {
    return request(query, facets, facetLimit, histogram, snippets);
  }

  /** The archive request for this page, running {@code archiveQuery} (what the reader's query means) instead. */
  public SearchRequest request(String archiveQuery, boolean facets, int facetLimit, HistogramInterval histogram,
      boolean snippets) {
    return new SearchRequest(archiveQuery, filters, sort, limit, cursor, facets, facetLimit, histogram, snippets, mode);
  }

  /**
   * The cable the query names when the whole query is a reference ID in a spelling the resolver knows
   * ({@code 09MEXICO3093}, {@code 09 MEXICO 3093}, a garbled published ID, a WikiLeaks address); a query with
   * quotes, fields or operators is a search, never an ID.
   */
  public Optional<ReferenceId> cableId() {
    return ID_LIKE.matcher(query).matches() ? CableAddress.resolve(query) : Optional.empty();
  }

  /** This search from its first page with another query. */
  public SearchForm withQuery(String other) {
    SortOrder kept = sort == sort(null, query) ? sort(null, other) : sort;
    return new SearchForm(other, filters, kept, limit, null, 0, mode);
  }

  /** Months when the search is within one year, else years. */
  public HistogramInterval histogramInterval() {
    List<String> years = values(FacetField.YEAR);
    return years.size() == 1 || !values(FacetField.MONTH).isEmpty() ? HistogramInterval.MONTH : HistogramInterval.YEAR;
  }

  public List<String> values(FacetField field) {
    return filters.getOrDefault(field, List.of());
  }

  public boolean selected(FacetField field, String value) {
    return values(field).contains(value);
  }

  /** This search from its first page with {@code value} added to or removed from a filter. */
  public SearchForm toggle(FacetField field, String value) {
    Map<FacetField, List<String>> changed = new EnumMap<>(FacetField.class);
    changed.putAll(filters);
    List<String> values = new ArrayList<>(values(field));
    if (!values.remove(value)) {
      values.add(value);
    }
    changed.put(field, values);
    return new SearchForm(query, changed, sort, limit, null, 0, mode);
  }

  /** This search from its first page in another order. */
  public SearchForm sortedBy(SortOrder order) {
    return new SearchForm(query, filters, order, limit, null, 0, mode);
  }

  /** This search from its first page in another mode. */
  public SearchForm in(SearchMode other) {
    return new SearchForm(query, filters, sort, limit, null, 0, other);
  }

  /** The page after this one. */
  public SearchForm next(String nextCursor, int shown) {
    return new SearchForm(query, filters, sort, limit, nextCursor, from + shown, mode);
  }

  /** This search's first page. */
  public SearchForm first() {
    return new SearchForm(query, filters, sort, limit, null, 0, mode);
  }

  /** Page {@code n} of this search (1 = first), reached by its number. */
  public SearchForm atPage(int n) {
    return new SearchForm(query, filters, sort, limit, null, (n - 1) * limit, mode);
  }

  /** This page's number: 1 + the hits before it in pages of {@code limit}. */
  public int pageNumber() {
    return from / limit + 1;
  }

  /** Whether this page is asked for by its number, after the first: the archive is walked to it ({@link PageStart}). */
  public boolean needsWalk() {
    return cursor == null && from > 0;
  }

  /** This page with the cursor where it starts. */
  public SearchForm startingAt(String startCursor) {
    return new SearchForm(query, filters, sort, limit, startCursor, from, mode);
  }

  /** The address of this search at {@code path}, with only the parameters that differ from defaults. */
  public String at(String path) {
    Map<String, List<String>> params = parameters();
    StringBuilder url = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String value : e.getValue()) {
        url.append(separator).append(e.getKey()).append('=').append(SitePaths.param(value));
        separator = '&';
      }
    }
    return url.toString();
  }

  /** The parameters as they appear in this search's address, in a stable order. */
  public Map<String, List<String>> parameters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      params.put("q", List.of(query));
    }
    filters.forEach((field, values) -> params.put(field.key(), values));
    if (sort != sort(null, query)) {
      params.put("sort", List.of(key(sort)));
    }
    if (limit != DEFAULT_LIMIT) {
      params.put("limit", List.of(String.valueOf(limit)));
    }
    if (mode != SearchMode.WORDS) {
      params.put("mode", List.of(mode.key()));
    }
    if (cursor != null) {
      params.put("cursor", List.of(cursor));
      params.put("from", List.of(String.valueOf(from)));
    } else if (from > 0) {
      params.put("page", List.of(String.valueOf(pageNumber())));
    }
    return params;
  }
}
