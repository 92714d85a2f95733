package org.cablearchive.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cablearchive.archive.CableBuilder.cable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Archive} must do. An implementation's test extends this class and says how to
 * make an empty archive; the suite stores cables built in code (here) and the bundled real sample
 * ({@link SampleCorpusContract}) and checks exact results.
 */
public abstract class ArchiveContract {
  private final List<Archive> opened = new ArrayList<>();

  /** A new, empty archive; the suite closes it. */
  protected abstract Archive createEmptyArchive() throws Exception;

  protected Archive emptyArchive() throws Exception {
    Archive archive = createEmptyArchive();
    opened.add(archive);
    return archive;
  }

  @AfterEach
  void closeArchives() throws Exception {
    for (Archive a : opened) {
      a.close();
    }
    opened.clear();
  }

  private static final Cable MEXICO = cable("09MEXICO3093").subject("SCENESETTER FOR MERIDA VISITS")
      .tags("PREL", "PGOV", "MX").cites("09MEXICO2463", "08MEXICO3595")
      .paragraph("Summary. The Merida Initiative has moved forward despite violence.")
      .paragraph("Garcia Luna met the Ambassador to discuss police reform.").build();
  private static final Cable TEHRAN = cable("75TEHRAN2069").origin("Embassy Tehran").created("1975-03-01T10:00:00Z")
      .classification(Classification.SECRET).tags("PFOR", "IR").handling().cites("09MEXICO3093")
      .subject("SHAH ON OIL PRICES").paragraph("The Shah spoke about oil prices at length.").build();
  private static final Cable STATE = cable("09STATE12345").origin("Secretary of State").created("2009-06-15T12:00:00Z")
      .classification(Classification.SECRET_NOFORN).tags("PREL", "KJUS").handling("NOFORN")
      .cites("09MEXICO3093", "08MEXICO3595").subject("DEMARCHE ON MERIDA").paragraph("Please deliver the demarche.").build();

  private Archive threeCables() throws Exception {
    Archive archive = emptyArchive();
    for (Cable c : List.of(MEXICO, TEHRAN, STATE)) {
      assertThat(archive.store(c)).isEqualTo(StoreOutcome.ADDED);
    }
    archive.commit();
    return archive;
  }

  private static long count(Archive archive, String query) throws Exception {
    return archive.search(SearchRequest.of(query)).total();
  }

  @Test
  void aStoredCableIsFoundAsStored() throws Exception {
    Archive archive = threeCables();
    ArchivedCable found = archive.find(MEXICO.id()).orElseThrow();
    assertThat(found.cable()).isEqualTo(MEXICO);
    assertThat(found.versions()).extracting(Version::current).containsExactly(true);
    assertThat(found.citedBy()).extracting(CableSummary::id).containsExactly(TEHRAN.id(), STATE.id());
    assertThat(archive.find(ReferenceId.of("09MEXICO1"))).isEmpty();
  }

  @Test
  void theSameTextAgainChangesNothing() throws Exception {
    Archive archive = threeCables();
    assertThat(archive.store(MEXICO.withSource(STATE.source()))).isEqualTo(StoreOutcome.UNCHANGED);
    archive.commit();
    assertThat(archive.stats().versions()).isEqualTo(3);
  }

  @Test
  void anOlderReleaseStoredAfterANewerOneIsKeptButNotCurrent() throws Exception {
    Archive archive = emptyArchive();
    Cable newer = cable("08KYIV2414").released("2011-04-11T00:00:00Z").paragraph("Redacted text.").build();
    Cable older = cable("08KYIV2414").released("2010-12-01T00:00:00Z").paragraph("Original text.").build();
    assertThat(archive.store(newer)).isEqualTo(StoreOutcome.ADDED);
    assertThat(archive.store(older)).isEqualTo(StoreOutcome.VERSION_ADDED);
    archive.commit();
    ArchivedCable found = archive.find(newer.id()).orElseThrow();
    assertThat(found.cable()).isEqualTo(newer);
    assertThat(found.versions()).extracting(Version::cable).containsExactly(older, newer);
    assertThat(found.versions()).extracting(Version::current).containsExactly(false, true);
    assertThat(count(archive, "original")).isZero();
    assertThat(count(archive, "redacted")).isEqualTo(1);
  }

  @Test
  void aNewerReleaseReplacesTheCurrentVersion() throws Exception {
    Archive archive = emptyArchive();
    Cable older = cable("08KYIV2414").released("2010-12-01T00:00:00Z").paragraph("Original text.").build();
    Cable newer = cable("08KYIV2414").released("2011-04-11T00:00:00Z").paragraph("Redacted text.").build();
    archive.store(older);
    archive.commit();
    assertThat(archive.store(newer)).isEqualTo(StoreOutcome.UPDATED);
    archive.commit();
    assertThat(archive.find(newer.id()).orElseThrow().cable()).isEqualTo(newer);
    assertThat(archive.stats().cables()).isEqualTo(1);
    assertThat(archive.stats().versions()).isEqualTo(2);
    assertThat(count(archive, "original")).isZero();
    assertThat(count(archive, "id:08KYIV2414")).isEqualTo(1);
  }

  @Test
  void fieldsMatchWholeValuesIgnoringCase() throws Exception {
    Archive archive = threeCables();
    assertThat(count(archive, "origin:\"embassy tehran\"")).isEqualTo(1);
    assertThat(count(archive, "tag:PREL")).isEqualTo(2);
    assertThat(count(archive, "classification:\"SECRET//NOFORN\"")).isEqualTo(1);
    assertThat(count(archive, "handling:noforn")).isEqualTo(1);
    assertThat(count(archive, "id:\"09 MEXICO 3093\"")).isEqualTo(1);
    assertThat(count(archive, "cites:08MEXICO3595")).isEqualTo(2);
    assertThat(count(archive, "subject:merida")).isEqualTo(2);
    assertThat(count(archive, "signer:feeley")).isEqualTo(3);
    assertThat(count(archive, "classifiedby:pascual")).isEqualTo(3);
    assertThat(count(archive, "from:mexico AND to:secstate")).isEqualTo(3);
  }

  @Test
  void wordsPhrasesAndOperatorsSearchSubjectAndBody() throws Exception {
    Archive archive = threeCables();
    assertThat(count(archive, "merida")).isEqualTo(2);
    assertThat(count(archive, "\"police reform\"")).isEqualTo(1);
    assertThat(count(archive, "\"reform police\"")).isZero();
    assertThat(count(archive, "merida NOT demarche")).isEqualTo(1);
    assertThat(count(archive, "(shah OR demarche) AND -tag:KJUS")).isEqualTo(1);
    assertThat(count(archive, "demar*")).isEqualTo(1);
    assertThat(count(archive, "merdia~")).isEqualTo(2);
    assertThat(count(archive, "")).isEqualTo(3);
  }

  @Test
  void partialDatesStandForTheirWholePeriod() throws Exception {
    Archive archive = threeCables();
    assertThat(count(archive, "created:2009")).isEqualTo(2);
    assertThat(count(archive, "created:[2009-01 TO 2009-06]")).isEqualTo(1);
    assertThat(count(archive, "created:[2009-06-16 TO *]")).isEqualTo(1);
    assertThat(count(archive, "created:{2009-06 TO *]")).isEqualTo(1);
    assertThat(count(archive, "created:[* TO 1975]")).isEqualTo(1);
    assertThat(count(archive, "released:2010-12")).isEqualTo(3);
  }

  @Test
  void hitsCarrySummariesCitationCountsAndParagraphSnippets() throws Exception {
    Archive archive = threeCables();
    SearchResult result = archive.search(SearchRequest.of("\"garcia luna\""));
    assertThat(result.total()).isEqualTo(1);
    Hit hit = result.hits().get(0);
    assertThat(hit.cable()).isEqualTo(new CableSummary(MEXICO.id(), MEXICO.subject(), MEXICO.created(), MEXICO.released(),
        MEXICO.origin(), MEXICO.classification()));
    assertThat(hit.citedByCount()).isEqualTo(2);
    Snippet snippet = hit.snippets().get(0);
    assertThat(snippet.paragraph()).isEqualTo(2);
    assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end()))
        .containsExactly("Garcia", "Luna");
  }

  @Test
  void sortsOrderHitsWithTheReferenceIdBreakingTies() throws Exception {
    Archive archive = threeCables();
    assertThat(ids(archive, SortOrder.CREATED_ASC)).containsExactly("75TEHRAN2069", "09STATE12345", "09MEXICO3093");
    assertThat(ids(archive, SortOrder.CREATED_DESC)).containsExactly("09MEXICO3093", "09STATE12345", "75TEHRAN2069");
    assertThat(ids(archive, SortOrder.CITED_DESC)).containsExactly("09MEXICO3093", "09STATE12345", "75TEHRAN2069");
    assertThat(ids(archive, SortOrder.RELEASED_ASC)).containsExactly("09MEXICO3093", "09STATE12345", "75TEHRAN2069");
  }

  private static List<String> ids(Archive archive, SortOrder sort) throws Exception {
    SearchResult result = archive.search(new SearchRequest("", Map.of(), sort, 10, null, false, 10, null, false));
    return result.hits().stream().map(h -> h.cable().id().value()).toList();
  }

  @Test
  void facetCountsIgnoreTheirOwnFieldsFilter() throws Exception {
    Archive archive = threeCables();
    SearchResult result = archive.search(new SearchRequest("", Map.of(FacetField.ORIGIN, List.of("Embassy Mexico")),
        SortOrder.RELEVANCE, 10, null, true, 10, HistogramInterval.YEAR, false));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().get(FacetField.ORIGIN)).containsExactly(new FacetCount("Embassy Mexico", 1),
        new FacetCount("Embassy Tehran", 1), new FacetCount("Secretary of State", 1));
    assertThat(result.facets().get(FacetField.TAG)).containsExactly(new FacetCount("MX", 1), new FacetCount("PGOV", 1),
        new FacetCount("PREL", 1));
    assertThat(result.histogram()).containsExactly(new HistogramBucket("2009", 1));
  }

  @Test
  void selectionsWithinAFieldAreOredAndAcrossFieldsAnded() throws Exception {
    Archive archive = threeCables();
    SearchResult result = archive.search(new SearchRequest("",
        Map.of(FacetField.ORIGIN, List.of("Embassy Mexico", "Embassy Tehran"), FacetField.YEAR, List.of("1975")),
        SortOrder.RELEVANCE, 10, null, true, 10, null, false));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().get(FacetField.YEAR)).containsExactly(new FacetCount("1975", 1), new FacetCount("2009", 1));
    assertThat(result.facets().get(FacetField.ORIGIN)).containsExactly(new FacetCount("Embassy Tehran", 1));
  }

  @Test
  void aMonthHistogramFillsEmptyMonths() throws Exception {
    Archive archive = threeCables();
    SearchResult result = archive.search(new SearchRequest("created:2009", Map.of(), SortOrder.RELEVANCE, 10, null,
        false, 10, HistogramInterval.MONTH, false));
    assertThat(result.histogram()).extracting(HistogramBucket::key)
        .containsExactly("2009-06", "2009-07", "2009-08", "2009-09", "2009-10");
    assertThat(result.histogram()).extracting(HistogramBucket::count).containsExactly(1L, 0L, 0L, 0L, 1L);
  }

  @Test
  void aCursorPagesThroughEveryHitOnce() throws Exception {
    Archive archive = emptyArchive();
    for (int i = 1; i <= 25; i++) {
      archive.store(cable("09STATE" + i).created(String.format("2009-01-%02dT00:00:00Z", i % 5 + 1))
          .paragraph("common word number " + i).build());
    }
    archive.commit();
    for (SortOrder sort : SortOrder.values()) {
      Set<String> seen = new HashSet<>();
      String cursor = null;
      int pages = 0;
      do {
        SearchResult page = archive.search(new SearchRequest("common", Map.of(), sort, 7, cursor, false, 10, null, false));
        assertThat(page.total()).isEqualTo(25);
        page.hits().forEach(h -> assertThat(seen.add(h.cable().id().value())).isTrue());
        cursor = page.next();
        pages++;
      } while (cursor != null);
      assertThat(seen).hasSize(25);
      assertThat(pages).isEqualTo(4);
    }
  }

  @Test
  void backlinksListCitingCablesOfIdsTheArchiveDoesNotHold() throws Exception {
    Archive archive = threeCables();
    assertThat(archive.citedBy(ReferenceId.of("08MEXICO3595"))).extracting(CableSummary::id)
        .containsExactly(STATE.id(), MEXICO.id());
    assertThat(archive.citedBy(ReferenceId.of("01ROME1"))).isEmpty();
  }

  @Test
  void statsCountCablesVersionsAndValues() throws Exception {
    Archive archive = threeCables();
    ArchiveStats stats = archive.stats();
    assertThat(stats.cables()).isEqualTo(3);
    assertThat(stats.versions()).isEqualTo(3);
    assertThat(stats.byClassification()).containsExactlyInAnyOrderEntriesOf(
        Map.of("CONFIDENTIAL", 1L, "SECRET", 1L, "SECRET//NOFORN", 1L));
    assertThat(stats.byYear()).containsExactlyInAnyOrderEntriesOf(Map.of(1975, 1L, 2009, 2L));
    assertThat(stats.byOrigin()).containsEntry("Embassy Tehran", 1L);
    assertThat(stats.indexBytes()).isPositive();
  }

  @Test
  void badQueriesNameWhatIsWrongAndWhere() throws Exception {
    Archive archive = threeCables();
    assertQueryError(archive, "merida AND (police", "the query ends too early", 18);
    assertQueryError(archive, "merida AND AND police", "unexpected 'AND'", 11);
    assertQueryError(archive, "merida colour:red", "unknown field 'colour'", 7);
    assertQueryError(archive, "created:[2009-13 TO 2010]", "'2009-13' is not a date", 9);
    assertQueryError(archive, "\"unclosed phrase", "unclosed quote", 0);
    assertQueryError(archive, "police *merida", "a word cannot start with *", 7);
    assertThatThrownBy(() -> archive.search(SearchRequest.of("x".repeat(5000)))).isInstanceOf(QueryException.class);
  }

  private static void assertQueryError(Archive archive, String query, String message, int position) {
    assertThatThrownBy(() -> archive.search(SearchRequest.of(query)))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          assertThat(e.getMessage()).startsWith(message);
          assertThat(e.position()).isEqualTo(position);
        });
  }

  @Test
  void relatedCablesShareWordsAndExcludeTheCableItself() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").paragraph("cartel violence cartel violence border police").build());
    archive.store(cable("09MEXICO2").paragraph("cartel violence cartel violence border army").build());
    archive.store(cable("09MEXICO3").paragraph("wheat harvest wheat harvest weather").build());
    archive.commit();
    List<CableSummary> related = archive.related(ReferenceId.of("09MEXICO1"), 5);
    assertThat(related).extracting(s -> s.id().value()).first().isEqualTo("09MEXICO2");
    assertThat(related).extracting(s -> s.id().value()).doesNotContain("09MEXICO1");
  }
}
