package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchMode;
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

  /**
   * The page of a search.
   *
   * @param coverage how much of the archive has meaning vectors, for a search by meaning or both (else null)
   */
  public SearchPage build(SearchForm form, SearchResult result, QueryNotices about, MeaningCoverage coverage) {
    List<SearchPage.HitView> hits = result.hits().stream().map(SearchPageBuilder::hit).toList();
    return new SearchPage(
        chrome(form),
        form.query(),
        modes(form),
        about.namesAKnownCable() ? about.cable().get().value() : "",
        about.notices(form),
        "",
        modeNote(form, result, coverage),
        true,
        count(result.total()),
        range(form, hits.size(), result.total()),
        hits,
        facets(form, result),
        chips(form),
        histogram(form, result),
        sorts(form),
        hidden(form),
        Pager.of(form, result.total(), hits.isEmpty() ? null : result.next(), "/search"),
        form.first().at("/feeds/search"),
        form.at("/api/search"));
  }

  /** Every value of {@code field} in the search's results, most cables first or by name. */
  public ValuesPage values(SearchForm form, FacetField field, SearchResult result, boolean byName, String path) {
    List<SearchPage.FacetOption> values = new ArrayList<>();
    for (FacetCount c : result.facets().getOrDefault(field, List.of())) {
      values.add(option(form, field, c.value(), c.count()));
    }
    if (byName) {
      values.sort(java.util.Comparator.comparing(SearchPage.FacetOption::value));
    }
    String plural = switch (field) {
      case ORIGIN -> "origins";
      case TAG -> "tags";
      case CLASSIFICATION -> "classifications";
      case HANDLING -> "handling caveats";
      case YEAR -> "years";
      case MONTH -> "months";
    };
    String what = form.query().isEmpty() ? "" : " matching " + form.query();
    String heading = label(field) + ": every value among " + count(result.total()) + what;
    String base = form.at(path);
    String separator = base.contains("?") ? "&" : "?";
    List<SearchPage.Choice> orders = List.of(new SearchPage.Choice("most cables", base, !byName),
        new SearchPage.Choice("name", base + separator + "order=name", byName));
    return new ValuesPage(new Chrome(heading, form.query(), null), heading,
        String.format(java.util.Locale.ROOT, "%,d %s; each narrows the search to its cables.", values.size(), plural),
        form.at("/search"), orders, values);
  }

  /** The page for a query the archive refused: the reader's text stays in the box with the reason. */
  public SearchPage failed(SearchForm form, QueryException e) {
    String where = e.position() >= 0 ? " (at character " + (e.position() + 1) + ")" : "";
    // No feed is offered: a feed of a query the archive cannot run would answer 400 too.
    Chrome chrome = new Chrome(chrome(form).title(), form.query(), null).withoutSearchBox();
    return new SearchPage(chrome, form.query(), modes(form), "", List.of(),
        "Your query cannot be run" + where + ": " + e.getMessage(), "", false, "", "", List.of(), List.of(), chips(form),
        DateHistogram.of(List.of(), k -> "", ""), sorts(form), hidden(form), new Pager(null, List.of(), null), null, null);
  }

  private static List<SearchPage.Mode> modes(SearchForm form) {
    return List.of(
        new SearchPage.Mode("words", "Words", "every cable with your words", form.mode() == SearchMode.WORDS),
        new SearchPage.Mode("meaning", "Meaning", "the " + SearchMode.NEAREST + " cables nearest in meaning, whatever words they use",
            form.mode() == SearchMode.MEANING),
        new SearchPage.Mode("both", "Both", "the two rankings merged", form.mode() == SearchMode.BOTH));
  }

  /**
   * What a search by meaning found, said plainly: the counts beside the results describe the cables
   * found, not every cable that holds the words; and how much of the archive can be found by meaning.
   */
  static String modeNote(SearchForm form, SearchResult result, MeaningCoverage coverage) {
    if (form.mode() == SearchMode.WORDS || coverage == null) {
      return "";
    }
    if (coverage.withMeaning() == 0) {
      return "This archive has no meaning vectors yet, so these are the cables holding your words. "
          + "Add the vectors with: cables embed";
    }
    String found = form.mode() == SearchMode.MEANING
        ? "These are the " + count(result.total()) + " nearest in meaning to your words"
        : "These are the " + count(result.total()) + " ranked highest by your words and by their meaning together";
    String counts = "; the counts and the timeline describe these cables only.";
    String partial = coverage.missing() == 0 ? ""
        : String.format(java.util.Locale.ROOT, " %,d of %,d cables have meaning vectors so far; the others are found by words only.",
            coverage.withMeaning(), coverage.cables());
    return found + counts + partial;
  }

  private static Chrome chrome(SearchForm form) {
    String title = form.query().isEmpty() ? "Search" : "Search: " + form.query();
    return new Chrome(title, form.query(), form.first().at("/feeds/search")).withoutSearchBox();
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
      List<FacetCount> all = result.facets().getOrDefault(field, List.of());
      List<FacetCount> counts = all.subList(0, Math.min(all.size(), SearchController.SIDEBAR_VALUES));
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
        String more = all.size() > counts.size() ? form.first().at("/search/" + field.key()) : null;
        groups.add(new SearchPage.FacetGroup(field.key(), label(field), options, more));
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

  static String label(FacetField field) {
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
