package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.TagMeaning;

/** Turns a search and its result into the search page's view model. */
public final class SearchPageBuilder {
  private static final List<FacetField> SIDEBAR =
      List.of(FacetField.CLASSIFICATION, FacetField.ORIGIN, FacetField.TAG, FacetField.HANDLING, FacetField.YEAR);
  private static final Map<SortOrder, String> SORT_LABELS = Map.of(
      SortOrder.RELEVANCE, "best match",
      SortOrder.CREATED_DESC, "newest",
      SortOrder.CREATED_ASC, "oldest",
      SortOrder.RELEASED_DESC, "latest released",
      SortOrder.RELEASED_ASC, "first released",
      SortOrder.CITED_DESC, "most cited",
      SortOrder.RANK, "citation rank");

  private final Glossary glossary;

  public SearchPageBuilder(Glossary glossary) {
    this.glossary = glossary;
  }

  public SearchPage build(SearchForm form, SearchResult result, QueryNotices about) {
    List<SearchPage.HitView> hits = result.hits().stream().map(SearchPageBuilder::hit).toList();
    return new SearchPage(
        chrome(form),
        form.query(),
        about.namesAKnownCable() ? about.cable().get().value() : "",
        about.notices(form),
        "",
        true,
        count(result.total()),
        range(form, hits.size(), result.total()),
        hits,
        facets(form, result),
        chips(form),
        histogram(form, result),
        sorts(form),
        hidden(form),
        result.next() == null || hits.isEmpty() ? null : form.next(result.next(), hits.size()).at("/search"),
        form.cursor() == null ? null : form.first().at("/search"),
        form.first().at("/feeds/search"),
        form.at("/api/search"));
  }

  /** The page for a query the archive refused: the reader's text stays in the box with the reason. */
  public SearchPage failed(SearchForm form, QueryException e) {
    String where = e.position() >= 0 ? " (at character " + (e.position() + 1) + ")" : "";
    return new SearchPage(chrome(form), form.query(), "", List.of(), "Your query cannot be run" + where + ": " + e.getMessage(),
        false, "", "", List.of(), List.of(), chips(form), DateHistogram.of(List.of(), k -> "", ""), sorts(form),
        hidden(form), null, null, null, null);
  }

  private static Chrome chrome(SearchForm form) {
    String title = form.query().isEmpty() ? "Search" : "Search: " + form.query();
    return new Chrome(title, form.query(), form.first().at("/feeds/search"));
  }

  private static SearchPage.HitView hit(Hit hit) {
    return new SearchPage.HitView(CableRow.of(hit.cable()), hit.citedByCount(),
        hit.snippets().stream().map(s -> Snippets.view(hit.cable().id(), s)).toList());
  }

  static String count(long total) {
    return String.format(java.util.Locale.ROOT, "%,d %s", total, total == 1 ? "cable" : "cables");
  }

  private static String range(SearchForm form, int shown, long total) {
    if (shown == 0) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, "%,d–%,d of %,d", form.from() + 1, form.from() + shown, total);
  }

  private List<SearchPage.FacetGroup> facets(SearchForm form, SearchResult result) {
    List<SearchPage.FacetGroup> groups = new ArrayList<>();
    for (FacetField field : SIDEBAR) {
      List<FacetCount> counts = result.facets().getOrDefault(field, List.of());
      List<SearchPage.FacetOption> options = new ArrayList<>();
      for (FacetCount c : counts) {
        options.add(option(form, field, c.value(), c.count()));
      }
      for (String value : form.values(field)) {
        if (counts.stream().noneMatch(c -> c.value().equals(value))) {
          options.add(option(form, field, value, 0));
        }
      }
      if (!options.isEmpty()) {
        groups.add(new SearchPage.FacetGroup(field.key(), label(field), options));
      }
    }
    return groups;
  }

  private SearchPage.FacetOption option(SearchForm form, FacetField field, String value, long count) {
    String title = "";
    if (field == FacetField.TAG) {
      TagMeaning meaning = glossary.tag(value);
      title = meaning.description().isEmpty() ? meaning.kind().label() : meaning.description();
    }
    return new SearchPage.FacetOption(value, title, count, form.selected(field, value),
        form.toggle(field, value).at("/search"));
  }

  private static String label(FacetField field) {
    return switch (field) {
      case ORIGIN -> "Origin";
      case TAG -> "Tag";
      case CLASSIFICATION -> "Classification";
      case HANDLING -> "Handling";
      case YEAR -> "Year created";
      case MONTH -> "Month created";
    };
  }

  private static List<SearchPage.Chip> chips(SearchForm form) {
    List<SearchPage.Chip> chips = new ArrayList<>();
    form.filters().forEach((field, values) -> values.forEach(value ->
        chips.add(new SearchPage.Chip(label(field) + ": " + value, form.toggle(field, value).at("/search")))));
    return chips;
  }

  private static DateHistogram histogram(SearchForm form, SearchResult result) {
    HistogramInterval interval = form.histogramInterval();
    FacetField field = interval == HistogramInterval.YEAR ? FacetField.YEAR : FacetField.MONTH;
    return DateHistogram.of(result.histogram(),
        key -> (form.selected(field, key) ? form.first() : form.toggle(field, key)).at("/search"),
        interval == HistogramInterval.YEAR ? "Cables per year created" : "Cables per month created");
  }

  private static List<SearchPage.Choice> sorts(SearchForm form) {
    List<SearchPage.Choice> choices = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      choices.add(new SearchPage.Choice(SORT_LABELS.get(order), form.sortedBy(order).at("/search"), order == form.sort()));
    }
    return choices;
  }

  private static List<SearchPage.Hidden> hidden(SearchForm form) {
    List<SearchPage.Hidden> hidden = new ArrayList<>();
    form.filters().forEach((field, values) -> values.forEach(v -> hidden.add(new SearchPage.Hidden(field.key(), v))));
    if (form.sort() != SortOrder.RELEVANCE && form.sort() != SortOrder.CREATED_DESC) {
      hidden.add(new SearchPage.Hidden("sort", SearchForm.key(form.sort())));
    }
    return hidden;
  }
}
