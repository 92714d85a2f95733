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
import org.cablearchive.model.Problem;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.Section;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Archive} must do. An implementation's test extends this class and says how to
 * make an empty archive; the suite stores cables built in code (here) and the bundled real sample
 * ({@link SampleCorpusContract}) and checks exact results; {@link NetworkContract} adds the network of
 * people, posts and references, export and the citation rank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchiveContract implements NetworkContract {
  private final List<Archive> opened = new ArrayList<>();
  private Archive sample;

  /** A new, empty archive with the meaning model (null: without); the suite closes it. */
  protected abstract Archive createEmptyArchive(MeaningModel meaning) throws Exception;

  /**
   * The same stored archive opened again with another meaning model (null: without), as another
   * process would open it; {@code archive} may be closed first where the backend lets one process in.
   */
  protected abstract Archive reopen(Archive archive, MeaningModel meaning) throws Exception;

  protected Archive createEmptyArchive() throws Exception {
    return createEmptyArchive(SharedModel.MEANING);
  }

  @Override
  public Archive emptyArchive() throws Exception {
    return emptyArchive(SharedModel.MEANING);
  }

  protected Archive emptyArchive(MeaningModel meaning) throws Exception {
    Archive archive = createEmptyArchive(meaning);
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

  /** The bundled sample stored newest release first, so that earlier releases arrive after newer ones. */
  protected Archive sampleArchive() throws Exception {
    if (sample == null) {
      sample = createEmptyArchive();
      for (Cable c : newerFirst()) {
        sample.store(c);
      }
      sample.commit();
    }
    return sample;
  }

  private static List<Cable> newerFirst() {
    List<Cable> ordered = new ArrayList<>(SampleCorpus.cables());
    ordered.sort(Comparator.comparing(SampleCorpus::isEarlier));
    return ordered;
  }

  @AfterAll
  void closeSample() throws Exception {
    if (sample != null) {
      sample.close();
    }
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
  void releaseDatesCountCurrentVersionsPerDayAndTheUndated() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").released("2010-11-28T18:00:00Z").paragraph("first text").build());
    archive.store(cable("09MEXICO2").released("2010-11-28T23:59:59Z").paragraph("a text").build());
    archive.store(cable("09MEXICO3").released("2011-08-30T01:44:00Z").paragraph("a text").build());
    archive.store(cable("09MEXICO4").released(null).paragraph("a text").build());
    archive.commit();
    assertThat(archive.releaseDates()).isEqualTo(new ReleaseDates(
        Map.of(java.time.LocalDate.parse("2010-11-28"), 2L, java.time.LocalDate.parse("2011-08-30"), 1L), 1));

    // a later release replaces the current version: its earlier day loses the cable
    archive.store(cable("09MEXICO1").released("2011-09-01T10:00:00Z").paragraph("second text").build());
    archive.store(cable("09MEXICO2").released("2010-11-01T10:00:00Z").paragraph("an earlier text").build());
    archive.commit();
    ReleaseDates dates = archive.releaseDates();
    assertThat(dates.byDay()).containsExactly(Map.entry(java.time.LocalDate.parse("2010-11-28"), 1L),
        Map.entry(java.time.LocalDate.parse("2011-08-30"), 1L), Map.entry(java.time.LocalDate.parse("2011-09-01"), 1L));
    assertThat(dates.undated()).isEqualTo(1);
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
    for (SearchMode by : SearchMode.values()) {
      List<CableSummary> related = archive.related(ReferenceId.of("09MEXICO1"), 5, by);
      assertThat(related).as("by %s", by).extracting(s -> s.id().value()).first().isEqualTo("09MEXICO2");
      assertThat(related).as("by %s", by).extracting(s -> s.id().value()).doesNotContain("09MEXICO1");
    }
  }

  @Test
  void relatedCablesLeaveOutTheOtherDocumentsOfTheTelegram() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").part("09SECTION02OF02MEXICO1", 2, 2).paragraph("cartel violence cartel violence police").build());
    archive.store(cable("09MEXICO1").paragraph("cartel violence cartel violence border police").build());
    archive.store(cable("09MEXICO2").paragraph("cartel violence cartel violence border army").build());
    archive.store(cable("09MEXICO3").paragraph("wheat harvest wheat harvest weather").build());
    archive.commit();
    for (String id : List.of("09SECTION02OF02MEXICO1", "09MEXICO1")) {
      assertThat(archive.related(ReferenceId.of(id), 5)).extracting(s -> s.id().value())
          .startsWith("09MEXICO2").doesNotContain("09MEXICO1", "09SECTION02OF02MEXICO1");
    }
  }

  @Test
  void wordsFoundInMostCablesDoNotMakeCablesRelated() throws Exception {
    Archive archive = emptyArchive();
    archive.store(cable("09MEXICO1").paragraph("embassy embassy report report").build());
    for (int i = 2; i <= 201; i++) {
      archive.store(cable("09MEXICO" + i).paragraph("embassy embassy weather " + i).build());
    }
    archive.commit();
    assertThat(archive.related(ReferenceId.of("09MEXICO1"), 5, SearchMode.WORDS)).isEmpty();
  }

  // ---- meaning ----

  /** Cables on four matters in words of their own: none shares a word with the queries below but its own matter's. */
  private static final Cable COURTS = cable("09MEXICO4001").origin("Embassy Mexico").created("2009-03-02T10:00:00Z")
      .subject("JUDICIAL REFORM UNDER THE MERIDA INITIATIVE")
      .paragraph("The Merida Initiative's judicial reform component trains state attorneys general and judges in oral trials.")
      .paragraph("Three states have moved to adversarial courtroom procedure this year.").build();
  private static final Cable HARVEST = cable("09MEXICO4002").origin("Embassy Mexico").created("2009-05-04T10:00:00Z")
      .subject("WHEAT CROP OUTLOOK").paragraph("Drought in the north cut the wheat harvest by a fifth; farmers expect higher corn prices.").build();
  private static final Cable VISAS = cable("09BOGOTA4003").origin("Embassy Bogota").created("2009-07-06T10:00:00Z")
      .subject("CONSULAR FRAUD TRENDS").paragraph("The consular section refused forty applicants who presented forged bank statements.").build();
  private static final Cable TRIALS = cable("08BOGOTA4004").origin("Embassy Bogota").created("2008-09-08T10:00:00Z")
      .subject("COLOMBIA'S ACCUSATORY SYSTEM")
      .paragraph("Colombia's move to an accusatory system has put new duties on the Fiscalia and on its investigators.").build();

  private Archive fourMatters(MeaningModel meaning) throws Exception {
    Archive archive = emptyArchive(meaning);
    for (Cable c : List.of(COURTS, HARVEST, VISAS, TRIALS)) {
      archive.store(c);
    }
    archive.commit();
    return archive;
  }

  private static SearchRequest byMeaning(String query, SearchMode mode) {
    return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 10, null, true, 10, HistogramInterval.YEAR, true, mode);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.cable().id().value()).toList();
  }

  @Test
  void aSearchByMeaningFindsCablesThatShareNoWordWithTheQuery() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    String query = "strengthening Mexican prosecutors";
    assertThat(archive.search(byMeaning(query, SearchMode.WORDS)).total()).isZero();
    SearchResult found = archive.search(byMeaning(query, SearchMode.MEANING));
    assertThat(found.total()).isEqualTo(4);
    assertThat(ids(found).get(0)).isEqualTo("09MEXICO4001");
    assertThat(ids(found).subList(0, 2)).containsExactlyInAnyOrder("09MEXICO4001", "08BOGOTA4004");
    Snippet nearest = found.hits().get(0).snippets().get(0);
    assertThat(nearest.byMeaning()).isTrue();
    assertThat(nearest.paragraph()).isEqualTo(1);
    assertThat(nearest.text()).startsWith("The Merida Initiative's judicial reform component");
    assertThat(nearest.highlights()).isEmpty();
  }

  @Test
  void fieldsDatesAndSelectionsFilterInsideTheSearchByMeaning() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    assertThat(ids(archive.search(byMeaning("training prosecutors origin:\"Embassy Bogota\"", SearchMode.MEANING))))
        .containsExactlyInAnyOrder("08BOGOTA4004", "09BOGOTA4003");
    assertThat(ids(archive.search(byMeaning("training prosecutors created:2009 -tag:PREL", SearchMode.MEANING)))).isEmpty();
    assertThat(ids(archive.search(byMeaning("training prosecutors created:[2009-04 TO 2009-12]", SearchMode.MEANING))))
        .containsExactlyInAnyOrder("09MEXICO4002", "09BOGOTA4003");
    SearchResult selected = archive.search(new SearchRequest("training prosecutors", Map.of(FacetField.YEAR, List.of("2008")),
        SortOrder.RELEVANCE, 10, null, true, 10, null, false, SearchMode.MEANING));
    assertThat(ids(selected)).containsExactly("08BOGOTA4004");
  }

  @Test
  void theFacetsAndHistogramOfASearchByMeaningCountTheCablesFound() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    SearchResult found = archive.search(byMeaning("prosecutors origin:\"Embassy Mexico\"", SearchMode.MEANING));
    assertThat(found.total()).isEqualTo(2);
    assertThat(found.facets().get(FacetField.ORIGIN)).containsExactly(new FacetCount("Embassy Mexico", 2));
    assertThat(found.facets().get(FacetField.YEAR)).containsExactly(new FacetCount("2009", 2));
    assertThat(found.histogram()).containsExactly(new HistogramBucket("2009", 2));
    assertThat(found.next()).isNull();
  }

  @Test
  void aSearchByMeaningPagesThroughTheCablesFoundAndSortsThem() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    List<String> all = ids(archive.search(byMeaning("prosecutors", SearchMode.MEANING)));
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = archive.search(new SearchRequest("prosecutors", Map.of(), SortOrder.RELEVANCE, 3, cursor, false, 10,
          null, false, SearchMode.MEANING));
      paged.addAll(ids(page));
      cursor = page.next();
    } while (cursor != null);
    assertThat(paged).isEqualTo(all).hasSize(4);
    SearchResult oldestFirst = archive.search(new SearchRequest("prosecutors", Map.of(), SortOrder.CREATED_ASC, 10, null, false,
        10, null, false, SearchMode.MEANING));
    assertThat(ids(oldestFirst)).containsExactly("08BOGOTA4004", "09MEXICO4001", "09MEXICO4002", "09BOGOTA4003");
  }

  @Test
  void bothModesFuseTheWordAndMeaningRankings() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    SearchResult both = archive.search(byMeaning("drought", SearchMode.BOTH));
    assertThat(archive.search(byMeaning("drought", SearchMode.WORDS)).total()).isEqualTo(1);
    assertThat(both.total()).isEqualTo(4);
    assertThat(ids(both).get(0)).isEqualTo("09MEXICO4002");
    assertThat(both.hits().get(0).snippets().get(0).byMeaning()).isFalse();
    assertThat(both.hits().get(0).snippets().get(0).highlights()).hasSize(1);
  }

  @Test
  void aSearchByMeaningNeedsWordsToLookFor() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    assertThatThrownBy(() -> archive.search(byMeaning("origin:\"Embassy Mexico\"", SearchMode.MEANING)))
        .isInstanceOf(QueryException.class).hasMessageContaining("needs words to look for");
    assertThat(archive.search(byMeaning("origin:\"Embassy Mexico\"", SearchMode.BOTH)).total()).isEqualTo(2);
  }

  @Test
  void relatedByMeaningFindsTheCableOnTheSameMatter() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    assertThat(archive.related(COURTS.id(), 1, SearchMode.MEANING)).extracting(s -> s.id().value())
        .containsExactly("08BOGOTA4004");
    assertThat(archive.related(COURTS.id(), 3, SearchMode.MEANING)).extracting(s -> s.id().value())
        .doesNotContain("09MEXICO4001").hasSize(3);
  }

  @Test
  void anArchiveWithoutVectorsSearchesByWordsSaysHowToAddThemAndGetsThemByEmbedding() throws Exception {
    Archive plain = fourMatters(null);
    assertThat(plain.meaningCoverage()).isEqualTo(new MeaningCoverage(null, 4, 0));
    Archive archive = reopen(plain, SharedModel.MEANING);
    opened.add(archive);
    assertThat(archive.meaningCoverage()).isEqualTo(new MeaningCoverage(SharedModel.MEANING.name(), 4, 0));
    assertThatThrownBy(() -> archive.search(byMeaning("prosecutors", SearchMode.MEANING)))
        .isInstanceOf(QueryException.class).hasMessageContaining("cables embed");
    assertThat(ids(archive.search(byMeaning("wheat", SearchMode.BOTH)))).containsExactly("09MEXICO4002");
    assertThat(archive.related(COURTS.id(), 3)).isEqualTo(archive.related(COURTS.id(), 3, SearchMode.WORDS));

    assertThat(archive.cablesToEmbed(null, 10)).extracting(c -> c.cable().id().value())
        .containsExactly("08BOGOTA4004", "09BOGOTA4003", "09MEXICO4001", "09MEXICO4002");
    assertThat(archive.cablesToEmbed("09BOGOTA4003", 1)).extracting(c -> c.cable().id().value()).containsExactly("09MEXICO4001");
    assertThat(new org.cablearchive.ingest.MeaningPass(archive, SharedModel.MEANING).run().embedded()).isEqualTo(4);
    assertThat(archive.meaningCoverage().complete()).isTrue();
    assertThat(new org.cablearchive.ingest.MeaningPass(archive, SharedModel.MEANING).run().embedded()).isZero();
    assertThat(ids(archive.search(byMeaning("strengthening Mexican prosecutors", SearchMode.MEANING))).get(0))
        .isEqualTo("09MEXICO4001");
    assertThat(archive.find(COURTS.id()).orElseThrow().cable()).isEqualTo(COURTS);
    assertThat(archive.search(SearchRequest.of("judges")).total()).isEqualTo(1);
    assertThat(archive.stats().versions()).isEqualTo(4);
  }

  @Test
  void aNewerReleaseGetsItsOwnMeaningAndAnUnchangedOneKeepsIts() throws Exception {
    Archive archive = fourMatters(SharedModel.MEANING);
    Cable retold = cable("09MEXICO4002").origin("Embassy Mexico").created("2009-05-04T10:00:00Z").released("2011-04-11T00:00:00Z")
        .subject("WHEAT CROP OUTLOOK").paragraph("Judges in three states now hear oral trials, attorneys general say.").build();
    assertThat(archive.store(retold)).isEqualTo(StoreOutcome.UPDATED);
    assertThat(archive.store(COURTS)).isEqualTo(StoreOutcome.UNCHANGED);
    archive.commit();
    assertThat(archive.meaningCoverage().complete()).isTrue();
    assertThat(archive.cablesToEmbed(null, 10)).isEmpty();
    assertThat(ids(archive.search(byMeaning("oral trials before judges", SearchMode.MEANING))).subList(0, 2))
        .containsExactlyInAnyOrder("09MEXICO4001", "09MEXICO4002");
  }

  // ---- the bundled real sample; expected values come from the parsed cables, not from an archive ----

  private static Map<ReferenceId, Cable> current() {
    return SampleCorpus.current();
  }

  private static long currentWhere(java.util.function.Predicate<Cable> test) {
    return current().values().stream().filter(test).count();
  }

  @Test
  void sampleStatsMatchTheParsedCables() throws Exception {
    ArchiveStats stats = sampleArchive().stats();
    assertThat(stats.cables()).isEqualTo(current().size()).isEqualTo(620);
    assertThat(stats.versions()).isEqualTo(SampleCorpus.versionCounts().values().stream().mapToLong(Long::longValue).sum());
    assertThat(stats.byClassification()).containsExactlyInAnyOrderEntriesOf(current().values().stream()
        .filter(c -> c.classification() != null)
        .collect(Collectors.groupingBy(c -> c.classification().label(), Collectors.counting())));
    assertThat(stats.byOrigin()).containsExactlyInAnyOrderEntriesOf(current().values().stream()
        .filter(c -> c.origin() != null && !c.origin().isBlank())
        .collect(Collectors.groupingBy(Cable::origin, Collectors.counting())));
    assertThat(stats.byYear()).containsExactlyInAnyOrderEntriesOf(current().values().stream()
        .filter(c -> c.created() != null)
        .collect(Collectors.groupingBy(c -> c.created().atZone(ZoneOffset.UTC).getYear(), Collectors.counting())));
  }

  @Test
  void theSamplesOverviewIsWhatItsSearchesFindAndWhatItsCablesHold() throws Exception {
    Archive archive = sampleArchive();
    ArchiveOverview overview = archive.overview();
    assertThat(overview).isEqualTo(ArchiveOverview.searched(archive));
    assertThat(overview.stats()).isEqualTo(archive.stats());
    assertThat(overview.latest()).extracting(CableSummary::released).containsExactlyElementsOf(current().values().stream()
        .map(Cable::released).filter(java.util.Objects::nonNull).sorted(Comparator.reverseOrder())
        .limit(ArchiveOverview.LISTED).toList());
    for (Hit hit : overview.mostCited()) {
      assertThat((long) hit.citedByCount()).as(hit.cable().id().value()).isEqualTo(citing(hit.cable().id()));
    }
    assertThat(overview.mostCited()).extracting(h -> (long) h.citedByCount()).containsExactlyElementsOf(current().keySet()
        .stream().map(ArchiveContract::citing).filter(n -> n > 0).sorted(Comparator.reverseOrder())
        .limit(ArchiveOverview.LISTED).toList());
    assertThat(overview.mostCited()).isNotEmpty();
    assertThat(overview.origins()).extracting(FacetCount::count).containsExactlyElementsOf(topCounts(
        current().values().stream().map(Cable::origin).filter(o -> o != null && !o.isBlank())));
    assertThat(overview.tags()).extracting(FacetCount::count).containsExactlyElementsOf(topCounts(
        current().values().stream().flatMap(c -> c.tags().stream().distinct())));
    // every year from the first to the last, those without cables included
    assertThat(overview.years()).filteredOn(bucket -> bucket.count() > 0).containsExactlyElementsOf(overview.stats().byYear().entrySet().stream()
        .map(e -> new HistogramBucket(Integer.toString(e.getKey()), e.getValue())).toList());
  }

  /** How many of the sample's current cables cite {@code id}. */
  private static long citing(ReferenceId id) {
    return currentWhere(c -> c.citedIds().contains(id));
  }

  /** The highest counts of {@code values}, as an overview lists them. */
  private static List<Long> topCounts(java.util.stream.Stream<String> values) {
    return values.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).values().stream()
        .sorted(Comparator.reverseOrder()).limit(ArchiveOverview.COUNTED).toList();
  }

  @Test
  void sampleReleaseDatesMatchTheParsedCables() throws Exception {
    ReleaseDates dates = sampleArchive().releaseDates();
    assertThat(dates.byDay()).containsExactlyInAnyOrderEntriesOf(current().values().stream()
        .filter(c -> c.released() != null)
        .collect(Collectors.groupingBy(c -> java.time.LocalDate.ofInstant(c.released(), ZoneOffset.UTC), Collectors.counting())));
    assertThat(dates.undated()).isEqualTo(currentWhere(c -> c.released() == null));
    assertThat(dates.byDay().size()).isGreaterThan(1);
  }

  @Test
  void sampleFieldSearchesMatchTheParsedCables() throws Exception {
    Archive archive = sampleArchive();
    assertThat(count(archive, "tag:PREL")).isEqualTo(currentWhere(c -> c.tags().stream().anyMatch("PREL"::equalsIgnoreCase)))
        .isPositive();
    assertThat(count(archive, "origin:\"Embassy Tehran\"")).isEqualTo(currentWhere(c -> "Embassy Tehran".equals(c.origin())))
        .isPositive();
    assertThat(count(archive, "classification:\"SECRET//NOFORN\"")).isEqualTo(
        currentWhere(c -> c.classification() == Classification.SECRET_NOFORN)).isPositive();
    long in2009 = currentWhere(c -> c.created() != null && c.created().atZone(ZoneOffset.UTC).getYear() == 2009);
    assertThat(count(archive, "created:[2009-01 TO 2009-12]")).isEqualTo(in2009).isPositive();
    assertThat(count(archive, "created:2009")).isEqualTo(in2009);
    assertThat(count(archive, "created:[2009-01 TO 2009-06]")).isEqualTo(currentWhere(c -> c.created() != null
        && c.created().atZone(ZoneOffset.UTC).getYear() == 2009 && c.created().atZone(ZoneOffset.UTC).getMonthValue() <= 6));
  }

  @Test
  void aDistinctivePhraseFindsItsCableFirst() throws Exception {
    Archive archive = sampleArchive();
    for (String phrase : List.of("\"credited Blackwater training\"", "\"quetta shura is a fabrication\"")) {
      SearchResult result = archive.search(SearchRequest.of(phrase));
      assertThat(result.hits()).isNotEmpty();
      assertThat(result.hits().get(0).cable().id()).isEqualTo(ReferenceId.of("09KABUL3161"));
    }
    Hit hit = archive.search(SearchRequest.of("\"credited Blackwater training\"")).hits().get(0);
    assertThat(hit.snippets().get(0).paragraph()).isEqualTo(4);
  }

  @Test
  void citesFindsEveryCitingCable() throws Exception {
    Archive archive = sampleArchive();
    Map<ReferenceId, Long> citations = current().values().stream().flatMap(c -> c.citedIds().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    ReferenceId mostCited = citations.entrySet().stream()
        .max(Map.Entry.<ReferenceId, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
    Set<ReferenceId> citing = current().values().stream().filter(c -> c.citedIds().contains(mostCited))
        .map(Cable::documentId).collect(Collectors.toSet());
    SearchResult result = archive.search(new SearchRequest("cites:" + mostCited, Map.of(), SortOrder.RELEVANCE, 100, null,
        false, 10, null, false));
    assertThat(result.hits()).extracting(h -> h.cable().id()).containsExactlyInAnyOrderElementsOf(citing);
    assertThat(archive.citedBy(mostCited)).extracting(CableSummary::id).containsExactlyInAnyOrderElementsOf(citing);
  }

  @Test
  void facetCountsAddUpToTheTotal() throws Exception {
    Archive archive = sampleArchive();
    for (String query : List.of("", "tag:PREL", "iran OR nuclear")) {
      SearchResult result = archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 10, null, true, 10_000,
          HistogramInterval.YEAR, false));
      assertThat(result.total()).isPositive();
      assertThat(sum(result.facets().get(FacetField.ORIGIN))).isEqualTo(result.total());
      assertThat(sum(result.facets().get(FacetField.CLASSIFICATION))).isEqualTo(result.total());
      assertThat(sum(result.facets().get(FacetField.YEAR))).isEqualTo(result.total());
      assertThat(result.histogram().stream().mapToLong(HistogramBucket::count).sum()).isEqualTo(result.total());
    }
  }

  private static long sum(List<FacetCount> counts) {
    return counts.stream().mapToLong(FacetCount::count).sum();
  }

  @Test
  void earlierReleasesAreVersionsAndTheLatestStaysCurrent() throws Exception {
    Archive archive = sampleArchive();
    Set<ReferenceId> withEarlier = SampleCorpus.cables().stream().filter(SampleCorpus::isEarlier).map(Cable::documentId)
        .collect(Collectors.toSet());
    assertThat(withEarlier).isNotEmpty();
    for (ReferenceId id : withEarlier) {
      ArchivedCable found = archive.find(id).orElseThrow();
      Cable latest = current().get(id);
      assertThat(found.cable().body()).isEqualTo(latest.body());
      assertThat(found.cable().released()).isEqualTo(latest.released());
      assertThat(found.versions()).hasSize(SampleCorpus.versionCounts().get(id).intValue());
      assertThat(found.versions().get(found.versions().size() - 1).current()).isTrue();
      assertThat(found.versions()).extracting(Version::released).isSortedAccordingTo(
          Comparator.nullsFirst(Comparator.naturalOrder()));
    }
  }

  @Test
  void aBatchGivesEachReleaseItsOutcomeInOrder() throws Exception {
    Archive archive = emptyArchive();
    Cable first = CableBuilder.cable("09MEXICO3093").released("2011-08-30T01:44:00Z").paragraph("First text.").build();
    Cable later = CableBuilder.cable("09MEXICO3093").released("2011-09-01T00:00:00Z").paragraph("Later text.").build();
    Cable earlier = CableBuilder.cable("09MEXICO3093").released("2010-11-28T00:00:00Z").paragraph("Earlier.").build();
    Cable other = CableBuilder.cable("08MEXICO3595").build();
    assertThat(archive.storeAll(List.of(first, first, later, earlier, other, later))).containsExactly(
        StoreOutcome.ADDED, StoreOutcome.UNCHANGED, StoreOutcome.UPDATED, StoreOutcome.VERSION_ADDED,
        StoreOutcome.ADDED, StoreOutcome.UNCHANGED);
    archive.commit();
    ArchivedCable found = archive.find(ReferenceId.of("09MEXICO3093")).orElseThrow();
    assertThat(found.cable().body()).isEqualTo(later.body());
    assertThat(found.versions()).extracting(v -> v.cable().body())
        .containsExactly(earlier.body(), first.body(), later.body());
  }

  @Test
  void storingTheSampleAgainChangesNothing() throws Exception {
    Archive archive = sampleArchive();
    ArchiveStats before = archive.stats();
    for (Cable c : SampleCorpus.cables()) {
      assertThat(archive.store(c)).isEqualTo(StoreOutcome.UNCHANGED);
    }
    archive.commit();
    ArchiveStats after = archive.stats();
    assertThat(after.cables()).isEqualTo(before.cables());
    assertThat(after.versions()).isEqualTo(before.versions());
    assertThat(after.byOrigin()).isEqualTo(before.byOrigin());
  }

  @Test
  void aCursorCoversEverySampleHitOnce() throws Exception {
    Archive archive = sampleArchive();
    for (SortOrder sort : List.of(SortOrder.CREATED_DESC, SortOrder.RELEVANCE, SortOrder.CITED_DESC)) {
      Set<ReferenceId> seen = new HashSet<>();
      long total = -1;
      String cursor = null;
      do {
        SearchResult page = archive.search(new SearchRequest("embassy OR state", Map.of(), sort, 97, cursor, false, 10,
            null, false));
        total = page.total();
        page.hits().forEach(h -> assertThat(seen.add(h.cable().id())).isTrue());
        cursor = page.next();
      } while (cursor != null);
      assertThat(seen).hasSize((int) total);
      assertThat(total).isGreaterThan(97);
    }
  }

  // ---- sections of a telegram published on their own (real pages) ----

  private Archive publishedParts() throws Exception {
    Archive archive = emptyArchive();
    for (Cable page : PublishedParts.cables()) {
      assertThat(archive.store(page)).as(page.documentId().value()).isEqualTo(StoreOutcome.ADDED);
    }
    archive.commit();
    return archive;
  }

  private static PublishedDocument document(String id, boolean part, int number, int of, Integer... holds) {
    return new PublishedDocument(ReferenceId.of(id), part, new Section(number, of), List.of(holds), false);
  }

  @Test
  void aSectionPublishedOnItsOwnIsADocumentOfItsOwnNotAVersion() throws Exception {
    Archive archive = publishedParts();
    assertThat(archive.stats().cables()).isEqualTo(8);
    assertThat(archive.stats().versions()).isEqualTo(8);
    ArchivedCable part = archive.find(ReferenceId.of("08SCTION02OF02SAOPAULO335")).orElseThrow();
    assertThat(part.cable()).isEqualTo(PublishedParts.page("08SCTION02OF02SAOPAULO335"));
    assertThat(part.versions()).extracting(Version::cable).containsExactly(PublishedParts.page("08SCTION02OF02SAOPAULO335"));
    ArchivedCable whole = archive.find(ReferenceId.of("08SAOPAULO335")).orElseThrow();
    assertThat(whole.cable()).isEqualTo(PublishedParts.page("08SAOPAULO335"));
    assertThat(whole.versions()).extracting(Version::cable).containsExactly(PublishedParts.page("08SAOPAULO335"));
    assertThat(hitIds(archive, "\"former Minister of Finance Antonio Delfim Netto\"")).containsExactly("08SAOPAULO335");
    assertThat(hitIds(archive, "\"newfound pre-salt reserves\"")).containsExactlyInAnyOrder(
        "08SAOPAULO335", "08SCTION02OF02SAOPAULO335");
    assertThat(archive.find(ReferenceId.of("09SANJOSE525"))).isEmpty();
    assertThat(archive.find(ReferenceId.of("09SECTION01OF03SANJOSE525")).orElseThrow().cable())
        .isEqualTo(PublishedParts.page("09SECTION01OF03SANJOSE525"));
  }

  private static List<String> hitIds(Archive archive, String query) throws Exception {
    return archive.search(SearchRequest.of(query)).hits().stream().map(h -> h.cable().id().value()).toList();
  }

  @Test
  void aTelegramAndItsPartsKnowEachOther() throws Exception {
    Archive archive = publishedParts();
    // the telegram's own page holds both sections (its paragraphs 1 to 7), but does not mark where the second begins
    Telegram saoPaulo = new Telegram(ReferenceId.of("08SAOPAULO335"), List.of(
        new PublishedDocument(ReferenceId.of("08SAOPAULO335"), false, new Section(1, 2), List.of(1), true),
        document("08SCTION02OF02SAOPAULO335", true, 2, 2, 2)));
    assertThat(archive.find(ReferenceId.of("08SAOPAULO335")).orElseThrow().telegram()).isEqualTo(saoPaulo);
    assertThat(archive.find(ReferenceId.of("08SCTION02OF02SAOPAULO335")).orElseThrow().telegram()).isEqualTo(saoPaulo);
    assertThat(saoPaulo.missing()).isEmpty();
    Telegram manama = archive.find(ReferenceId.of("08ECTION01OF02MANAMA492")).orElseThrow().telegram();
    assertThat(manama).isEqualTo(new Telegram(ReferenceId.of("08MANAMA492"), List.of(
        document("08MANAMA492", false, 1, 2, 1, 2), document("08ECTION01OF02MANAMA492", true, 1, 2, 1))));
    assertThat(manama.missing()).isEmpty();
    Telegram tripoli = archive.find(ReferenceId.of("09TRIPOLI583")).orElseThrow().telegram();
    assertThat(tripoli).isEqualTo(new Telegram(ReferenceId.of("09TRIPOLI583"), List.of(
        document("09TRIPOLI583", false, 1, 3, 1, 2, 3), document("09SECTION02OF03QRIPOLI583", true, 2, 3, 2))));
    assertThat(tripoli.holding(2)).extracting(PublishedDocument::id)
        .containsExactly(ReferenceId.of("09TRIPOLI583"), ReferenceId.of("09SECTION02OF03QRIPOLI583"));
  }

  @Test
  void aTelegramHeldOnlyInSectionsSaysWhichAreNotInTheRelease() throws Exception {
    Archive archive = publishedParts();
    Telegram sanJose = archive.telegram(ReferenceId.of("09SANJOSE525")).orElseThrow();
    assertThat(sanJose).isEqualTo(new Telegram(ReferenceId.of("09SANJOSE525"),
        List.of(document("09SECTION01OF03SANJOSE525", true, 1, 3, 1))));
    assertThat(sanJose.sections()).isEqualTo(3);
    assertThat(sanJose.missing()).containsExactly(2, 3);
    Telegram bishkek = archive.telegram(ReferenceId.of("08BISHKEK21")).orElseThrow();
    assertThat(bishkek.documents()).extracting(PublishedDocument::id).containsExactly(ReferenceId.of("08SECTION01GF02BISHIEK21"));
    assertThat(bishkek.missing()).containsExactly(2);
    assertThat(archive.find(ReferenceId.of("08SECTION01GF02BISHIEK21")).orElseThrow().telegram()).isEqualTo(bishkek);
    assertThat(archive.telegram(ReferenceId.of("09MEXICO1"))).isEmpty();
  }

  @Test
  void aTelegramPublishedWholeHasNoOtherDocuments() throws Exception {
    Archive archive = threeCables();
    assertThat(archive.find(MEXICO.id()).orElseThrow().telegram()).isNull();
    assertThat(archive.telegram(MEXICO.id())).isEmpty();
  }

  @Test
  void everyDocumentIsFoundByItsTelegram() throws Exception {
    Archive archive = publishedParts();
    assertThat(hitIds(archive, "telegram:08SAOPAULO335")).containsExactlyInAnyOrder("08SAOPAULO335", "08SCTION02OF02SAOPAULO335");
    assertThat(hitIds(archive, "telegram:09SANJOSE525")).containsExactly("09SECTION01OF03SANJOSE525");
    assertThat(hitIds(archive, "id:08SCTION02OF02SAOPAULO335")).containsExactlyInAnyOrder(
        "08SCTION02OF02SAOPAULO335", "08SAOPAULO335");
    assertThat(hitIds(archive, "id:08MANAMA492")).containsExactly("08MANAMA492");
  }

  // ---- release dates given at import ----

  @Test
  void aSourceStatingTheDateOfATextHeldWithAGivenDateReplacesIt() throws Exception {
    Archive archive = emptyArchive();
    Cable fromCsv = cable("09MEXICO3093").releasedGiven("2011-09-02T00:00:00Z").paragraph("The text.").build();
    Cable fromPage = cable("09MEXICO3093").released("2011-08-30T01:44:00Z").paragraph("The text.").file("page.html").build();
    assertThat(archive.store(fromCsv)).isEqualTo(StoreOutcome.ADDED);
    assertThat(archive.store(fromPage)).isEqualTo(StoreOutcome.DATED);
    assertThat(archive.store(fromCsv)).isEqualTo(StoreOutcome.UNCHANGED);
    archive.commit();
    ArchivedCable found = archive.find(fromPage.id()).orElseThrow();
    assertThat(found.cable()).isEqualTo(fromPage);
    assertThat(found.versions()).extracting(Version::cable).containsExactly(fromPage);
    assertThat(count(archive, "released:2011-08-30")).isEqualTo(1);
    assertThat(count(archive, "released:2011-09")).isZero();
  }

  @Test
  void aGivenDateFillsAnUnknownOneButNeverReplacesAStatedOne() throws Exception {
    Archive archive = emptyArchive();
    Cable undated = cable("09MEXICO3093").released(null).paragraph("The text.").build();
    Cable given = cable("09MEXICO3093").releasedGiven("2011-09-02T00:00:00Z").paragraph("The text.").build();
    assertThat(archive.storeAll(List.of(undated, given, undated))).containsExactly(
        StoreOutcome.ADDED, StoreOutcome.DATED, StoreOutcome.UNCHANGED);
    Cable stated = cable("08MEXICO3595").released("2011-08-30T01:44:00Z").paragraph("Other.").build();
    Cable statedGiven = cable("08MEXICO3595").releasedGiven("2011-09-02T00:00:00Z").paragraph("Other.").build();
    assertThat(archive.storeAll(List.of(stated, statedGiven))).containsExactly(StoreOutcome.ADDED, StoreOutcome.UNCHANGED);
    archive.commit();
    assertThat(archive.find(undated.id()).orElseThrow().cable()).isEqualTo(given);
    assertThat(archive.find(stated.id()).orElseThrow().cable()).isEqualTo(stated);
  }

  @Test
  void aGivenDateOrdersTextsLikeAStatedOneAndLosesTiesToIt() throws Exception {
    Cable csv = cable("10KABUL1").releasedGiven("2011-09-02T00:00:00Z").paragraph("Unredacted text.").build();
    Cable earlierPage = cable("10KABUL1").released("2011-02-18T21:09:00Z").paragraph("Redacted XXXXXXXXXXXX text.").build();
    Cable laterPage = cable("10KABUL2").released("2011-09-02T00:00:00Z").paragraph("Page text.").build();
    Cable sameInstant = cable("10KABUL2").releasedGiven("2011-09-02T00:00:00Z").paragraph("Csv text.").build();
    for (List<Cable> order : List.of(List.of(csv, earlierPage, laterPage, sameInstant),
        List.of(sameInstant, laterPage, earlierPage, csv))) {
      Archive archive = emptyArchive();
      archive.storeAll(order);
      archive.commit();
      assertThat(archive.find(csv.id()).orElseThrow().cable()).isEqualTo(csv);
      assertThat(archive.find(csv.id()).orElseThrow().versions()).extracting(Version::cable).containsExactly(earlierPage, csv);
      assertThat(archive.find(laterPage.id()).orElseThrow().cable()).isEqualTo(laterPage);
      assertThat(archive.find(laterPage.id()).orElseThrow().versions()).extracting(Version::cable)
          .containsExactly(sameInstant, laterPage);
    }
  }

  @Test
  void aStatedDateReplacingAGivenOneMayMakeAnotherTextCurrentWhateverTheOrder() throws Exception {
    Cable csv = cable("10KABUL1").releasedGiven("2011-09-02T00:00:00Z").paragraph("First text.").build();
    Cable other = cable("10KABUL1").released("2011-02-18T21:09:00Z").paragraph("Second text.").build();
    Cable firstPage = cable("10KABUL1").released("2010-12-01T00:00:00Z").paragraph("First text.").file("page.html").build();
    for (List<Cable> order : List.of(List.of(csv, other, firstPage), List.of(firstPage, other, csv),
        List.of(other, csv, firstPage))) {
      Archive archive = emptyArchive();
      archive.storeAll(order);
      archive.commit();
      ArchivedCable found = archive.find(csv.id()).orElseThrow();
      assertThat(found.cable()).isEqualTo(other);
      assertThat(found.versions()).extracting(Version::cable).containsExactly(firstPage, other);
      assertThat(count(archive, "\"second text\"")).isEqualTo(1);
      assertThat(count(archive, "\"first text\"")).isZero();
    }
  }
  // ---- statements: what a release says beside its text ----

  private static final Cable STATED = cable("10MADRID1").origin("Embassy Madrid").paragraph("The text both rows hold.")
      .file("cables.csv").build();
  private static final Cable RESTATED = cable("10MADRID1").origin("Embassy Madrid").classification(Classification.SECRET)
      .paragraph("The text both rows hold.").file("more.csv").build();
  private static final Problem CLASSIFICATIONS = new Problem(Statement.CONFLICT, 0, "releases of the same text state"
      + " different classification: CONFIDENTIAL (cables.csv:1) and SECRET (more.csv:1); each is kept as a version");

  @Test
  void aHeldTextWithAnotherStatementIsKeptBesideItAsAConflict() throws Exception {
    Archive archive = emptyArchive();
    assertThat(archive.storeAll(List.of(STATED, RESTATED, STATED, RESTATED, STATED.withSource(RESTATED.source()))))
        .containsExactly(StoreOutcome.ADDED, StoreOutcome.CONFLICT, StoreOutcome.UNCHANGED, StoreOutcome.UNCHANGED,
            StoreOutcome.UNCHANGED);
    archive.commit();
    ArchivedCable found = archive.find(STATED.id()).orElseThrow();
    assertThat(found.versions()).extracting(Version::cable).containsExactlyInAnyOrder(STATED, RESTATED);
    assertThat(found.cable().problems()).containsExactly(STATED.problems().get(0), CLASSIFICATIONS);
    assertThat(found.versions()).extracting(v -> v.cable().problems()).containsOnly(STATED.problems());
    assertThat(archive.stats().cables()).isEqualTo(1);
    assertThat(archive.stats().versions()).isEqualTo(2);
    assertThat(count(archive, "classification:secret") + count(archive, "classification:confidential")).isEqualTo(1);
  }

  @Test
  void eachFieldStatedOtherwiseIsOneProblemNamingEveryValue() throws Exception {
    Archive archive = emptyArchive();
    Cable moved = cable("10MADRID1").origin("Consulate Barcelona").created("2009-10-28T09:15:00Z")
        .paragraph("The text both rows hold.").file("other.csv").build();
    Cable otherText = cable("10MADRID1").origin("Embassy Paris").released("2011-04-11T00:00:00Z")
        .paragraph("Another text.").file("page.html").build();
    assertThat(archive.storeAll(List.of(STATED, moved, RESTATED, otherText))).containsExactly(StoreOutcome.ADDED,
        StoreOutcome.CONFLICT, StoreOutcome.CONFLICT, StoreOutcome.UPDATED);
    archive.commit();
    ArchivedCable found = archive.find(STATED.id()).orElseThrow();
    assertThat(found.versions()).hasSize(4);
    assertThat(found.versions().get(3).cable()).isEqualTo(otherText);
    // another text with another origin is a later release, not a conflict
    assertThat(found.cable().problems()).containsExactly(otherText.problems().get(0),
        new Problem(Statement.CONFLICT, 0, "releases of the same text state different created: 2009-10-27 22:38"
            + " (cables.csv:1, more.csv:1) and 2009-10-28 09:15 (other.csv:1); each is kept as a version"),
        new Problem(Statement.CONFLICT, 0, "releases of the same text state different classification: CONFIDENTIAL"
            + " (cables.csv:1, other.csv:1) and SECRET (more.csv:1); each is kept as a version"),
        new Problem(Statement.CONFLICT, 0, "releases of the same text state different origin: Consulate Barcelona"
            + " (other.csv:1) and Embassy Madrid (cables.csv:1, more.csv:1); each is kept as a version"));
  }

  @Test
  void theStatementShownIsTheLaterReleaseWhateverTheOrderOfStoring() throws Exception {
    Cable laterRelease = cable("10MADRID1").origin("Embassy Madrid").classification(Classification.SECRET)
        .released("2011-04-11T00:00:00Z").paragraph("The text both rows hold.").file("page.html").build();
    for (List<Cable> order : List.of(List.of(STATED, laterRelease), List.of(laterRelease, STATED))) {
      Archive archive = emptyArchive();
      archive.storeAll(order);
      archive.commit();
      ArchivedCable found = archive.find(STATED.id()).orElseThrow();
      assertThat(found.versions()).extracting(Version::cable).containsExactly(STATED, laterRelease);
      assertThat(found.cable().problems()).containsExactly(laterRelease.problems().get(0), new Problem(Statement.CONFLICT,
          0, "releases of the same text state different classification: CONFIDENTIAL (cables.csv:1) and SECRET"
          + " (page.html:1); each is kept as a version"));
      assertThat(found.versions()).extracting(Version::current).containsExactly(false, true);
      assertThat(count(archive, "classification:secret")).isEqualTo(1);
      assertThat(count(archive, "classification:confidential")).isZero();
    }
  }

  @Test
  void betweenStatementsOfEqualDateTheChoiceDependsOnNeitherOrderNorRuns() throws Exception {
    List<ArchivedCable> found = new ArrayList<>();
    for (List<List<Cable>> runs : List.of(List.of(List.of(STATED, RESTATED)), List.of(List.of(RESTATED), List.of(STATED)),
        List.of(List.of(STATED), List.of(RESTATED, STATED)))) {
      Archive archive = emptyArchive();
      for (List<Cable> run : runs) {
        archive.storeAll(run);
        archive.commit();
        archive = reopen(archive, SharedModel.MEANING);
        opened.add(archive);
      }
      found.add(archive.find(STATED.id()).orElseThrow());
    }
    assertThat(found).extracting(ArchivedCable::cable).containsOnly(found.get(0).cable());
    assertThat(found).extracting(ArchivedCable::versions).containsOnly(found.get(0).versions());
    assertThat(found.get(0).cable().problems()).endsWith(CLASSIFICATIONS);
  }
}
