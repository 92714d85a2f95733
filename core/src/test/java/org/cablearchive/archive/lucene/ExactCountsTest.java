package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals, facet counts, pages and cursors of the archive's searches are those of a plain search that
 * visits every hit and counts it with Lucene's own collectors ({@code TopFieldCollector},
 * {@code FacetsCollector}, {@code SortedSetDocValuesFacetCounts}), for seeded random queries over the
 * sample after some of its cables were rewritten and some taken away (deleted documents in the
 * view): broad and narrow, whole values, words, patterns, date ranges, combinations, with and
 * without selections, in several orders and pages.
 */
class ExactCountsTest {
  private static final Analyzer ANALYZER = ArchiveAnalyzer.create();
  private static final String[] WORDS = {"the", "embassy", "government", "minister", "police", "election", "oil",
      "security", "cartel", "merida", "visit", "president", "nuclear", "iran", "drug", "\"human rights\"", "mexico"};
  private static final String[] PATTERNS = {"s*", "gov*", "embass*", "secur*", "mex*", "polic*", "t?e", "minist*"};
  private static final SortOrder[] OTHER_ORDERS = {SortOrder.CREATED_ASC, SortOrder.CREATED_DESC, SortOrder.RELEASED_DESC};
  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static ExecutorService threads;
  private static ArchiveSearcher searcher;
  private static Map<FacetField, List<String>> values;
  private static int cables;

  @BeforeAll
  static void storeRewriteAndTakeAway() throws Exception {
    List<ReferenceId> ids;
    try (LuceneArchive archive = LuceneArchive.open(dir)) {
      for (Cable cable : SampleCorpus.cables()) {
        archive.store(cable);
      }
      archive.commit();
      ids = new ArrayList<>(SampleCorpus.cables().stream().map(Cable::documentId).collect(Collectors.toCollection(TreeSet::new)));
      Random random = new Random(19);
      for (int i = 0; i < 40; i++) {
        ReferenceId id = ids.get(random.nextInt(ids.size()));
        archive.replace(id, archive.releases(id)); // its documents deleted and added again
      }
      for (int i = 0; i < 25; i++) {
        archive.replace(ids.remove(random.nextInt(ids.size())), List.of());
      }
      archive.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    threads = Executors.newFixedThreadPool(2);
    searcher = new ArchiveSearcher(reader, CableDocuments.facetsConfig(), threads);
    cables = searcher.count(CableSearch.CABLES);
    values = new EnumMap<>(FacetField.class);
    for (FacetField field : FacetField.values()) {
      FacetResult all = searcher.allFacets().getAllChildren(field.key());
      values.put(field, all == null ? List.of() : java.util.Arrays.stream(all.labelValues).map(lv -> lv.label).toList());
    }
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    threads.shutdown();
  }

  @Test
  void everySearchCountsAndOrdersAsAPlainVisitOfEveryHit() throws Exception {
    assertThat(reader.hasDeletions()).as("the view holds deleted documents").isTrue();
    Random random = new Random(4);
    Map<String, Integer> covered = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      String query = query(random, 2);
      Map<FacetField, List<String>> filters = random.nextInt(10) < 3 ? filters(random) : Map.of();
      SortOrder order = random.nextInt(10) < 8 ? SortOrder.RELEVANCE : OTHER_ORDERS[random.nextInt(OTHER_ORDERS.length)];
      int limit = new int[] {1, 3, 20}[random.nextInt(3)];
      String cursor = null;
      for (int page = 0; page < 3; page++) {
        SearchRequest request = new SearchRequest(query, filters, order, limit, cursor, true, 10, null, false);
        SearchResult result = new CableSearch(searcher, ANALYZER, Duration.ofMinutes(1), Long.MAX_VALUE).run(request);
        String what = "'" + query + "' " + filters + " " + order + ", " + limit + " a page, page " + page;
        assertPlainVisit(request, result, what);
        cover(covered, request, result);
        cursor = result.next();
        if (cursor == null) {
          break;
        }
      }
    }
    assertThat(covered).as("kinds of searches compared").allSatisfy((kind, count) -> assertThat(count).as(kind).isGreaterThanOrEqualTo(20));
    assertThat(covered.keySet()).containsExactlyInAnyOrder("broad, scored alike", "narrow, scored alike", "broad, words",
        "narrow, words", "with selections", "date range", "later page", "other order");
  }

  private static void cover(Map<String, Integer> covered, SearchRequest request, SearchResult result) {
    boolean alike = ScoresAlike.of(new ArchiveQueryParser(ANALYZER).parse(request.query()), searcher.fieldInfos());
    String breadth = result.total() * 2 > cables ? "broad" : "narrow";
    covered.merge(breadth + (alike ? ", scored alike" : ", words"), 1, Integer::sum);
    if (!request.filters().isEmpty()) {
      covered.merge("with selections", 1, Integer::sum);
    }
    if (request.query().contains("created:")) {
      covered.merge("date range", 1, Integer::sum);
    }
    if (request.cursor() != null) {
      covered.merge("later page", 1, Integer::sum);
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      covered.merge("other order", 1, Integer::sum);
    }
  }

  /** The same search done plainly: every hit collected by Lucene's sort, gathered and counted by Lucene's facets. */
  private static void assertPlainVisit(SearchRequest request, SearchResult result, String what) throws IOException {
    CableSearch search = new CableSearch(searcher, ANALYZER, Duration.ofMinutes(1), Long.MAX_VALUE);
    Query parsed = new ArchiveQueryParser(ANALYZER).parse(request.query());
    Cursor cursor = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.sort());
    DrillDownQuery query = search.drillDown(parsed, request.filters());
    TopFieldDocs page = searcher.search(query, new TopFieldCollectorManager(search.sort(request.sort()), request.limit(),
        cursor == null ? null : cursor.after(), Integer.MAX_VALUE));
    FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
    long total = all.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
    assertThat(result.total()).as("total of " + what).isEqualTo(total).isEqualTo(page.totalHits.value);
    assertThat(ids(result.hits())).as("hits of " + what).isEqualTo(ids(page.scoreDocs));
    long seen = (cursor == null ? 0 : cursor.seen()) + page.scoreDocs.length;
    String next = page.scoreDocs.length == request.limit() && seen < total
        ? new Cursor(request.sort(), seen, (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1]).encode() : null;
    assertThat(result.next()).as("cursor after " + what).isEqualTo(next);
    Map<FacetField, List<FacetCount>> counts = new EnumMap<>(FacetField.class);
    for (FacetField field : FacetField.values()) {
      Map<FacetField, List<String>> others = new EnumMap<>(FacetField.class);
      others.putAll(request.filters());
      others.remove(field); // a selected field is counted as if it were not selected
      FacetsCollector hits = others.size() == request.filters().size() ? all
          : searcher.search(search.drillDown(parsed, others), new FacetsCollectorManager());
      counts.put(field, top(new SortedSetDocValuesFacetCounts(searcher.facetState(), hits), field));
    }
    assertThat(result.facets()).as("facet counts of " + what).isEqualTo(counts);
  }

  private static List<FacetCount> top(Facets facets, FacetField field) throws IOException {
    FacetResult result = facets.getTopChildren(10, field.key());
    List<FacetCount> counts = new ArrayList<>();
    for (LabelAndValue lv : result == null ? new LabelAndValue[0] : result.labelValues) {
      counts.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    return counts;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(hit -> hit.cable().id().value()).toList();
  }

  private static List<String> ids(ScoreDoc[] docs) throws IOException {
    List<String> ids = new ArrayList<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
      SortedDocValues values = DocValues.getSorted(leaf.reader(), IndexFields.VERSION_OF);
      assertThat(values.advanceExact(doc.doc - leaf.docBase)).isTrue();
      ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
    }
    return ids;
  }

  /** A random query: whole values common and rare, words, patterns, dates, and combinations of them. */
  private static String query(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 12 : 8);
    return switch (kind) {
      case 0 -> depth == 2 ? "" : "tag:" + quoted(pick(random, FacetField.TAG));
      case 1, 2 -> "tag:" + quoted(common(random, FacetField.TAG));
      case 3 -> "origin:" + quoted(pick(random, FacetField.ORIGIN));
      case 4 -> "classification:" + quoted(common(random, FacetField.CLASSIFICATION));
      case 5 -> dates(random);
      case 6 -> WORDS[random.nextInt(WORDS.length)];
      case 7 -> PATTERNS[random.nextInt(PATTERNS.length)];
      case 8 -> query(random, depth - 1) + " AND " + query(random, depth - 1);
      case 9 -> query(random, depth - 1) + " OR " + query(random, depth - 1);
      case 10 -> query(random, depth - 1) + " NOT " + query(random, depth - 1);
      default -> "(" + query(random, depth - 1) + ") AND " + dates(random);
    };
  }

  private static String dates(Random random) {
    int from = 1985 + random.nextInt(26);
    int to = from + random.nextInt(2011 - from);
    return random.nextBoolean() ? "created:[" + from + " TO " + to + "]" : "created:[" + from + "-0" + (1 + random.nextInt(9)) + " TO *]";
  }

  private static Map<FacetField, List<String>> filters(Random random) {
    Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
    FacetField[] fields = {FacetField.ORIGIN, FacetField.TAG, FacetField.CLASSIFICATION, FacetField.YEAR};
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      FacetField field = fields[random.nextInt(fields.length)];
      List<String> chosen = new ArrayList<>(List.of(common(random, field)));
      if (random.nextBoolean()) {
        chosen.add(pick(random, field));
      }
      filters.put(field, chosen);
    }
    return filters;
  }

  private static List<String> values(FacetField field) {
    return values.get(field);
  }

  /** One of the field's five commonest values (the view's counts list them commonest first). */
  private static String common(Random random, FacetField field) {
    List<String> all = byCount(field);
    return all.get(random.nextInt(Math.min(5, all.size())));
  }

  private static String pick(Random random, FacetField field) {
    List<String> all = values(field);
    return all.get(random.nextInt(all.size()));
  }

  private static final Map<FacetField, List<String>> BY_COUNT = new EnumMap<>(FacetField.class);

  private static List<String> byCount(FacetField field) {
    return BY_COUNT.computeIfAbsent(field, f -> {
      try {
        FacetResult top = searcher.allFacets().getTopChildren(10_000, f.key());
        return java.util.Arrays.stream(top.labelValues).map(lv -> lv.label).toList();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "") + "\"";
  }
}
