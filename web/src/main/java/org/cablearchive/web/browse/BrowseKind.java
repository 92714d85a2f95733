package org.cablearchive.web.browse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.Classification;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.search.SearchForm;

/**
 * The ways to browse, each a search narrowed to one value. Created dates are {@code YYYY} or
 * {@code YYYY-MM}; release dates {@code YYYY-MM-DD} (the archive has no release facet, so they
 * are matched with a {@code released:} query).
 */
public enum BrowseKind {
  ORIGIN("origin", "Origin", "Browse by origin", FacetField.ORIGIN),
  TAG("tag", "Tag", "Browse by tag", FacetField.TAG),
  CLASSIFICATION("classification", "Classification", "Browse by classification", FacetField.CLASSIFICATION),
  CREATED("created", "Created", "Browse by month created", null),
  RELEASED("released", "Released", "Browse by release date", null);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final Pattern DAY = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
  private static final int MAX_VALUE_LENGTH = 200;

  private final String key;
  private final String label;
  private final String indexHeading;
  private final FacetField facet;

  BrowseKind(String key, String label, String indexHeading, FacetField facet) {
    this.key = key;
    this.label = label;
    this.indexHeading = indexHeading;
    this.facet = facet;
  }

  /** The heading of the page listing every value. */
  public String indexHeading() {
    return indexHeading;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Optional<BrowseKind> fromKey(String key) {
    for (BrowseKind kind : values()) {
      if (kind.key.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The value as the lists use it, or a 400/404 when it cannot name a list of this kind. */
  public String checkValue(String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      throw HttpError.badRequest(key + " must be 1 to " + MAX_VALUE_LENGTH + " characters.");
    }
    return switch (this) {
      case CREATED -> {
        if (!YEAR.matcher(value).matches() && !MONTH.matcher(value).matches()) {
          throw HttpError.badRequest("created must be a year (2009) or a month (2009/10 or 2009-10).");
        }
        yield value;
      }
      case RELEASED -> {
        if (!DAY.matcher(value).matches()) {
          throw HttpError.badRequest("released must be a day, e.g. 2011-08-30.");
        }
        yield value;
      }
      case CLASSIFICATION -> Classification.fromLabel(value).map(Classification::label)
          .orElseThrow(() -> HttpError.notFound("There is no classification called \"" + value + "\"."));
      case TAG -> value.toUpperCase(Locale.ROOT);
      default -> value;
    };
  }

  /** The search for one list: {@code page} carries the reader's sort, limit and cursor. */
  public SearchForm narrow(SearchForm page, String value) {
    Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
    String query = "";
    switch (this) {
      case CREATED -> filters.put(value.length() == 4 ? FacetField.YEAR : FacetField.MONTH, List.of(value));
      case RELEASED -> query = "released:" + value;
      default -> filters.put(facet, List.of(value));
    }
    SortOrder sort = page.sort() == SortOrder.RELEVANCE ? SortOrder.CREATED_DESC : page.sort();
    return new SearchForm(query, filters, sort, page.limit(), page.cursor(), page.from(), SearchMode.WORDS);
  }

  /** The facet that counts this kind's values for its index page, or null (release dates). */
  public FacetField facet() {
    return this == CREATED ? FacetField.MONTH : facet;
  }

  /** Sort orders offered on lists (relevance means nothing there). */
  public static List<SortOrder> listOrders() {
    List<SortOrder> orders = new ArrayList<>(List.of(SortOrder.values()));
    orders.remove(SortOrder.RELEVANCE);
    return orders;
  }
}
