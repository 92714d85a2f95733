package org.cablearchive.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.web.HttpError;
import org.junit.jupiter.api.Test;

class SearchFormTest {
  private static final SearchForm FORM = new SearchForm("garcia luna", Map.of(FacetField.ORIGIN, List.of("Embassy Mexico")),
      SortOrder.RELEVANCE, 20, null, 0);

  @Test
  void addressesCarryOnlyWhatDiffersFromTheDefaults() {
    assertThat(FORM.at("/search")).isEqualTo("/search?q=garcia+luna&origin=Embassy+Mexico");
    assertThat(FORM.toggle(FacetField.ORIGIN, "Embassy Mexico").at("/search")).isEqualTo("/search?q=garcia+luna");
    assertThat(FORM.toggle(FacetField.ORIGIN, "Consulate Tijuana").at("/search"))
        .isEqualTo("/search?q=garcia+luna&origin=Embassy+Mexico&origin=Consulate+Tijuana");
    assertThat(FORM.sortedBy(SortOrder.CREATED_ASC).at("/search"))
        .isEqualTo("/search?q=garcia+luna&origin=Embassy+Mexico&sort=created-asc");
    assertThat(FORM.next("abc+/=", 20).at("/search"))
        .isEqualTo("/search?q=garcia+luna&origin=Embassy+Mexico&cursor=abc%2B%2F%3D&from=20");
  }

  @Test
  void theHistogramShowsMonthsWithinOneYear() {
    assertThat(FORM.histogramInterval()).isEqualTo(HistogramInterval.YEAR);
    assertThat(FORM.toggle(FacetField.YEAR, "2009").histogramInterval()).isEqualTo(HistogramInterval.MONTH);
    assertThat(FORM.toggle(FacetField.YEAR, "2009").toggle(FacetField.YEAR, "2010").histogramInterval())
        .isEqualTo(HistogramInterval.YEAR);
  }

  @Test
  void parametersAreChecked() {
    assertThat(SearchForm.limit(null)).isEqualTo(20);
    assertThat(SearchForm.limit("100")).isEqualTo(100);
    assertThatThrownBy(() -> SearchForm.limit("101")).isInstanceOf(HttpError.class)
        .hasMessage("limit must be a number from 1 to 100.");
    assertThat(SearchForm.sort(null, "")).isEqualTo(SortOrder.CREATED_DESC);
    assertThat(SearchForm.sort(null, "x")).isEqualTo(SortOrder.RELEVANCE);
    assertThat(SearchForm.sort("cited-desc", "x")).isEqualTo(SortOrder.CITED_DESC);
    assertThatThrownBy(() -> SearchForm.checkFilter(FacetField.MONTH, "2009-1")).isInstanceOf(HttpError.class);
  }

  @Test
  void snippetsAreCutIntoPlainAndMarkedPiecesWhateverTheOffsets() {
    assertThat(Snippets.fragments("abc merida def", List.of(new Highlight(4, 10)))).containsExactly(
        new SearchPage.Fragment("abc ", false), new SearchPage.Fragment("merida", true), new SearchPage.Fragment(" def", false));
    assertThat(Snippets.fragments("abcdef", List.of(new Highlight(4, 99), new Highlight(0, 2), new Highlight(1, 3)))).containsExactly(
        new SearchPage.Fragment("ab", true), new SearchPage.Fragment("c", true), new SearchPage.Fragment("d", false),
        new SearchPage.Fragment("ef", true));
  }

  /** Each bar carries its key and its count as text, so they read without hovering; the whole figure is drawn to scale. */
  @Test
  void histogramBarsAreScaledToTheLargestBucketAndCarryTheirKeyAndCount() {
    DateHistogram h = DateHistogram.of(List.of(new HistogramBucket("2008", 10), new HistogramBucket("2009", 0),
        new HistogramBucket("2010", 4_000)), key -> "/search?year=" + key, "Cables per year created");
    assertThat(h.width()).isEqualTo(60);
    assertThat(h.baseline()).isEqualTo(164);
    assertThat(h.height()).isEqualTo(214);
    assertThat(h.bars()).containsExactly(
        new DateHistogram.Bar(2, 162, 16, 2, 10, "/search?year=2008", "2008: 10 cables", "2008", "10"),
        new DateHistogram.Bar(22, 164, 16, 0, 30, "/search?year=2009", "2009: 0 cables", "2009", "0"),
        new DateHistogram.Bar(42, 44, 16, 120, 50, "/search?year=2010", "2010: 4,000 cables", "2010", "4,000"));
  }
}
