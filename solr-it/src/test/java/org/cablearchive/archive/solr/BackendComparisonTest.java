package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.bench.BenchQuery;
import org.cablearchive.bench.QueryMix;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The bundled sample stored in the embedded archive and in SolrCloud (two shards): both must answer
 * every query of a mix with the same totals, facets, histograms and hits, and agree on cables,
 * versions, backlinks and counts.
 */
class BackendComparisonTest {
  /** The benchmark's query mix (bench/…/queries.tsv) and a few more shapes: proximity, fuzzy, ID spellings. */
  static final List<String> QUERIES = Stream.concat(
      QueryMix.load().stream().map(BenchQuery::archive),
      Stream.of("", "\"prime minister\"~3", "terror~1", "subject:election*", "released:2011", "cites:09state*",
          "from:embassy AND to:secstate", "classification:\"SECRET//NOFORN\" AND handling:NOFORN",
          "id:\"10 STATE 17263\"", "corruption -tag:KCOR", "created:[* TO 1990]"))
      .toList();

  private static Path luceneDir;
  private static Archive lucene;
  private static Archive solr;

  @BeforeAll
  static void storeTheSampleInBoth() throws Exception {
    luceneDir = Files.createTempDirectory("lucene-archive");
    lucene = LuceneArchive.open(luceneDir);
    solr = SolrArchive.connect(SolrCluster.zkHost(), SolrCluster.newCollection("comparison"));
    storeSample(lucene);
    storeSample(solr);
  }

  @AfterAll
  static void close() throws Exception {
    lucene.close();
    solr.close();
  }

  @ParameterizedTest
  @FieldSource("QUERIES")
  void bothBackendsAnswerAQueryAlike(String query) throws Exception {
    for (HistogramInterval interval : HistogramInterval.values()) {
      SearchRequest request = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 10, null, true, 10, interval, true);
      SearchResult expected = lucene.search(request);
      SearchResult actual = solr.search(request);
      assertThat(actual.total()).isEqualTo(expected.total());
      assertThat(actual.facets()).isEqualTo(expected.facets());
      assertThat(actual.histogram()).isEqualTo(expected.histogram());
      assertThat(actual.hits()).isEqualTo(expected.hits());
      assertThat(actual.next() == null).isEqualTo(expected.next() == null);
    }
  }

  @Test
  void drillingDownCountsAlike() throws Exception {
    SearchRequest request = new SearchRequest("", Map.of(
        FacetField.CLASSIFICATION, List.of("SECRET", "SECRET//NOFORN"),
        FacetField.YEAR, List.of("2008", "2009")),
        SortOrder.CREATED_DESC, 50, null, true, 20, HistogramInterval.MONTH, false);
    SearchResult expected = lucene.search(request);
    assertThat(expected.total()).isPositive();
    SearchResult actual = solr.search(request);
    assertThat(actual.total()).isEqualTo(expected.total());
    assertThat(actual.facets()).isEqualTo(expected.facets());
    assertThat(actual.histogram()).isEqualTo(expected.histogram());
    assertThat(actual.hits()).isEqualTo(expected.hits());
  }

  @Test
  void statsAgreeExceptForTheSizeOnDisk() throws Exception {
    ArchiveStats expected = lucene.stats();
    ArchiveStats actual = solr.stats();
    assertThat(actual.cables()).isEqualTo(expected.cables()).isGreaterThan(600);
    assertThat(actual.versions()).isEqualTo(expected.versions()).isGreaterThan(actual.cables());
    assertThat(actual.byClassification()).isEqualTo(expected.byClassification());
    assertThat(actual.byOrigin()).isEqualTo(expected.byOrigin());
    assertThat(actual.byYear()).isEqualTo(expected.byYear());
  }

  @Test
  void everyCableIsFoundWithTheSameVersionsAndBacklinks() throws Exception {
    for (ReferenceId id : heldIds()) {
      ArchivedCable expected = lucene.find(id).orElseThrow();
      assertThat(solr.find(id)).contains(expected);
    }
  }

  @Test
  void backlinksOfTheMostCitedIdsAgreeWhetherHeldOrNot() throws Exception {
    Map<ReferenceId, Long> citations = SampleCorpus.cables().stream().flatMap(c -> c.citedIds().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<ReferenceId> mostCited = citations.entrySet().stream()
        .sorted(Map.Entry.<ReferenceId, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(30).map(Map.Entry::getKey).toList();
    assertThat(mostCited).isNotEmpty();
    for (ReferenceId id : mostCited) {
      assertThat(solr.citedBy(id)).isEqualTo(lucene.citedBy(id));
    }
  }

  @Test
  void mostCitedOrderAgrees() throws Exception {
    SearchRequest request = new SearchRequest("", Map.of(), SortOrder.CITED_DESC, 25, null, false, 10, null, false);
    assertThat(solr.search(request).hits()).isEqualTo(lucene.search(request).hits());
  }

  /**
   * The best related cable agrees for every cable. Lower ranks may differ where weights are close:
   * Lucene's MoreLikeThis counts replaced documents not yet merged away in its document frequencies,
   * and the cluster's frequencies come from live documents (the top five agree for 618 of the 620).
   */
  @Test
  void theMostRelatedCableAgreesForEveryCable() throws Exception {
    for (ReferenceId id : heldIds()) {
      List<?> expected = lucene.related(id, 5);
      List<?> actual = solr.related(id, 5);
      assertThat(actual).as(id.value()).hasSameSizeAs(expected);
      if (!expected.isEmpty()) {
        assertThat(actual.get(0)).as(id.value()).isEqualTo(expected.get(0));
      }
    }
  }

  private static List<ReferenceId> heldIds() {
    return SampleCorpus.cables().stream().map(Cable::documentId).distinct().sorted(Comparator.naturalOrder()).toList();
  }

  private static void storeSample(Archive archive) throws Exception {
    for (Cable cable : SampleCorpus.cables()) {
      archive.store(cable);
    }
    archive.commit();
  }
}
