package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SearchTimeoutException;
import org.cablearchive.archive.Snippet;
import org.cablearchive.archive.SortOrder;

/**
 * Runs one {@link SearchRequest} against one view of the index, within bounds: a query whose words cost
 * more than {@link QueryCost#MAX} is refused before it runs, and a search that runs past its time budget
 * is stopped ({@link IndexSearcher#setTimeout}, checked between blocks of documents, and between hits).
 */
final class CableSearch {
  static final int MAX_LIMIT = 1000;
  static final int SNIPPETS_PER_HIT = 2;
  /** Fewest hits worth handing to another core: reading a summary takes microseconds, a snippet ten times that. */
  private static final int HITS_PER_SHARE = 16;
  private static final int HITS_PER_SHARE_WITH_SNIPPETS = 2;
  /** Hits a ranking pass counts exactly before it skips what cannot reach the page (see {@link #rankThenCount}). */
  static final int COUNTED_WHILE_RANKING = 2000;
  static final Query CABLES = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_CABLE));

  private final ArchiveSearcher searcher;
  private final Analyzer analyzer;
  private final boolean ranksApart;
  private final int countedWhileRanking;
  private final Duration budget;
  private final long maxCost;
  private Deadline deadline;
  private IndexSearcher timed;

  CableSearch(ArchiveSearcher searcher, Analyzer analyzer, Duration budget, long maxCost) {
    this(searcher, analyzer, true, COUNTED_WHILE_RANKING, budget, maxCost);
  }

  /**
   * @param ranksApart whether words of the text are ranked apart from counting ({@link #rankThenCount})
   * @param countedWhileRanking the hits ranking counts exactly before it skips (at least a page's)
   * @param budget the time the search may take
   * @param maxCost the units of work ({@link QueryCost}) the search may cost
   */
  CableSearch(ArchiveSearcher searcher, Analyzer analyzer, boolean ranksApart, int countedWhileRanking, Duration budget,
      long maxCost) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.ranksApart = ranksApart;
    this.countedWhileRanking = countedWhileRanking;
    this.budget = budget;
    this.maxCost = maxCost;
  }

  SearchResult run(SearchRequest request) throws IOException {
    return run(request, parse(request));
  }

  /** Runs a request whose query is already parsed, within the same bounds. */
  SearchResult run(SearchRequest request, Query parsed) throws IOException {
    deadline = new Deadline(budget);
    timed = searcher.timed(deadline);
    try {
      Plan plan = plan(request, parsed);
      QueryCost.check(cost(request, plan), maxCost);
      deadline.failIfPassed();
      return run(request, plan);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("query expands to too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")", -1);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryException("a wildcard or regular expression is too complex", -1);
    }
  }

  /** What the search of {@code request} costs ({@link QueryCost}), each pass over its query counted. */
  QueryCost.Cost cost(SearchRequest request) throws IOException {
    return cost(request, plan(request, parse(request)));
  }

  /**
   * Refuses a search by meaning whose query costs more than this search may. Its fields, dates and
   * selections are read once, as the nearest-neighbour search's filter, and searching both ways its
   * words once more to rank them: both are parts of {@code parsed}, so its cost read {@code passes}
   * times bounds them. Snippets of words are found for at most {@code snippetHits} hits. The
   * nearest-neighbour search itself is bounded by its fixed {@link org.cablearchive.archive.SearchMode#NEAREST} cables.
   */
  void checkCost(Query parsed, Map<FacetField, List<String>> filters, int passes, int snippetHits) throws IOException {
    QueryCost.check(QueryCost.of(searcher.getIndexReader(), drillDown(parsed, filters), passes, snippetHits, maxCost), maxCost);
  }

  private QueryCost.Cost cost(SearchRequest request, Plan plan) throws IOException {
    int snippetHits = request.snippets() && plan.passages().looksForWords() ? limit(request) : 0;
    return QueryCost.of(searcher.getIndexReader(), plan.query(), plan.way().passes, snippetHits, maxCost);
  }

  private static int limit(SearchRequest request) {
    return Math.max(1, Math.min(request.limit(), MAX_LIMIT));
  }

  /** How a search collects its hits, counts and facets. */
  private enum Way {
    /** Facets counted as if each selected dimension were not selected ({@link DrillSideways}). */
    SIDEWAYS(1),
    /**
     * Hits that all score alike ({@link ScoresAlike}: fields, dates, patterns, every cable) by
     * relevance: counted and marked in one pass, the page taken in ID order ({@link IdOrder}). Every
     * cable needs no pass: the view's counts over all cables serve.
     */
    BY_ID(1),
    /** Every cable in another order: the view's facet counts over all cables serve. */
    ALL(1),
    /** Words of the text by relevance: ranked in one pass, counted in another ({@link #rankThenCount}). */
    RANK_THEN_COUNT(2),
    ONE_PASS(1);

    final int passes;

    Way(int passes) {
      this.passes = passes;
    }
  }

  private record Plan(DrillDownQuery query, boolean everyCable, PassageFinder passages, boolean withFacets, Way way) {}

  private Query parse(SearchRequest request) {
    return new ArchiveQueryParser(analyzer).parse(request.query());
  }

  private Plan plan(SearchRequest request, Query parsed) {
    boolean withFacets = request.facets() && searcher.facetState() != null;
    PassageFinder passages = new PassageFinder(parsed, analyzer);
    Way way = withFacets && !request.filters().isEmpty() ? Way.SIDEWAYS
        : withFacets && request.sort() == SortOrder.RELEVANCE && ScoresAlike.of(parsed, searcher.fieldInfos()) ? Way.BY_ID
        : withFacets && parsed instanceof MatchAllDocsQuery ? Way.ALL
        : ranksApart && request.sort() == SortOrder.RELEVANCE && passages.looksForWholeWords() ? Way.RANK_THEN_COUNT
        : Way.ONE_PASS;
    return new Plan(drillDown(parsed, request.filters()), parsed instanceof MatchAllDocsQuery, passages, withFacets, way);
  }

  private SearchResult run(SearchRequest request, Plan plan) throws IOException {
    int limit = limit(request);
    Cursor cursor = request.cursor() == null || request.cursor().isBlank() ? null : Cursor.decode(request.cursor(), request.sort());
    DrillDownQuery query = plan.query();
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(sort(request.sort()), limit, cursor == null ? null : cursor.after(), Integer.MAX_VALUE);
    MonthHistogram histogram = request.histogram() == null ? null : new MonthHistogram();
    PassageFinder passages = plan.passages();
    FacetCounting facetCounting = plan.withFacets() && plan.way() != Way.SIDEWAYS && plan.way() != Way.ALL
        && !(plan.way() == Way.BY_ID && plan.everyCable()) ? searcher.facetCounting() : null;
    Collected collected = switch (plan.way()) {
      case SIDEWAYS -> drillSideways(query, top, histogram);
      case BY_ID -> byId(query, limit, cursor, histogram, facetCounting);
      case ALL -> collect(query, top, histogram, null).with(searcher.allFacets());
      case RANK_THEN_COUNT -> rankThenCount(query, limit, cursor, histogram, facetCounting);
      case ONE_PASS -> collect(query, top, histogram, facetCounting);
    };
    TopFieldDocs docs = collected.docs();
    TreeMap<Long, Long> months = collected.months();
    Facets facets = collected.facets();

    long total = docs.totalHits.value;
    long seen = (cursor == null ? 0 : cursor.seen()) + docs.scoreDocs.length;
    String next = docs.scoreDocs.length == limit && seen < total
        ? new Cursor(request.sort(), seen, (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1]).encode()
        : null;
    return new SearchResult(total, hits(docs.scoreDocs, request.snippets() ? passages : null),
        facets == null ? Map.of() : counts(facets, request.facetLimit() > 0 ? request.facetLimit() : 10),
        months == null ? List.of() : MonthHistogram.buckets(months, request.histogram()), next);
  }

  /** What one search collected: the page of hits, and the months and facets when asked for. */
  private record Collected(TopFieldDocs docs, TreeMap<Long, Long> months, Facets facets) {
    Collected with(Facets counted) {
      return new Collected(docs, months, counted);
    }
  }

  /** Collects hits, months and facet counts in one pass (a manager left null is not run). */
  private Collected collect(Query query, TopFieldCollectorManager top, MonthHistogram histogram, FacetCounting facets)
      throws IOException {
    Object[] results = searchWith(query, top, histogram, facets);
    return new Collected((TopFieldDocs) results[0], histogram == null ? null : months(results[1]),
        facets == null ? null : counted(results[results.length - 1]).facets());
  }

  /** One pass of {@code first}, and of the histogram and facets when not null: their results in that order. */
  private Object[] searchWith(Query query, CollectorManager<?, ?> first, MonthHistogram histogram, FacetCounting facets)
      throws IOException {
    List<CollectorManager<?, ?>> managers = new ArrayList<>(List.of(first));
    if (histogram != null) {
      managers.add(histogram);
    }
    if (facets != null) {
      managers.add(facets);
    }
    return search(query, new MultiCollectorManager(managers.toArray(CollectorManager[]::new)));
  }

  /** One search of this request's time-limited searcher: stopped past the deadline, it fails rather than give part of the hits. */
  private <T> T search(Query query, CollectorManager<?, T> manager) throws IOException {
    T result = timed.search(query, manager);
    deadline.failIfPassed(timed);
    return result;
  }


  /**
   * Ranks the page of hits, then counts every hit, in two passes. Ranking alone lets Lucene skip
   * blocks of postings whose best possible score cannot reach the page; counting alone reads no term
   * frequencies and stops at a phrase's first occurrence in a cable. For words of the text the two
   * took less than the one pass that did both (a phrase over 70,000 cables, 4.3 ms against 7.6 ms);
   * where every hit scores alike (tags, origins, prefixes) there is nothing to skip, and one pass is kept.
   * Ranking counts its first {@link #COUNTED_WHILE_RANKING} hits before it starts skipping: a search
   * with no more hits, and no months or facets to count, is then counted already and needs no second
   * pass (a person's mentions, a few hundred cables: each pass looks every word up in every segment).
   */
  private Collected rankThenCount(Query query, int limit, Cursor cursor, MonthHistogram histogram, FacetCounting facets)
      throws IOException {
    boolean onlyCounting = histogram == null && facets == null;
    TopFieldDocs page = search(query, new TopFieldCollectorManager(sort(SortOrder.RELEVANCE), limit,
        cursor == null ? null : cursor.after(), onlyCounting ? Math.max(limit, countedWhileRanking) : limit));
    if (onlyCounting && page.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      return new Collected(page, null, null);
    }
    if (facets == null) {
      Object[] counted = searchWith(query, new TotalHitCountCollectorManager(), histogram, null);
      return new Collected(new TopFieldDocs(new TotalHits((Integer) counted[0], TotalHits.Relation.EQUAL_TO), page.scoreDocs,
          page.fields), histogram == null ? null : months(counted[1]), null);
    }
    // the facet counting counts the hits too: a second collector would be called for every hit
    Object[] counted = searchWith(query, facets, histogram, null);
    FacetCounting.Counted facetCounts = counted(counted[0]);
    TotalHits total = new TotalHits(facetCounts.total(), TotalHits.Relation.EQUAL_TO);
    return new Collected(new TopFieldDocs(total, page.scoreDocs, page.fields), histogram == null ? null : months(counted[1]),
        facetCounts.facets());
  }

  /**
   * The page of a search whose hits all score alike, and its counts: one pass counts and marks the
   * hits (none for every cable: the view's counts serve), then the page is the first hits after the
   * cursor in ID order ({@link IdOrder}), each with the hits' one score, as Lucene's sort by relevance
   * then ID would give them. This replaces Lucene's sort collector, which read the ID of every hit to
   * compare it with the page's last: with the counts of {@link FacetOrdinals.Tally#countMarked},
   * {@code tag:PREL} (188,000 hits) 8.65 → 2.29 ms and {@code terror*} 8.55 → 5.88 ms on the full generated
   * release, alternating in one process (load 3.8–4.1; docs/benchmarks.md), the hits, counts and pages
   * the same.
   */
  private Collected byId(DrillDownQuery query, int limit, Cursor cursor, MonthHistogram histogram, FacetCounting facets)
      throws IOException {
    IdOrder order = searcher.idOrder();
    long[] hits = null;
    long total = order.size();
    Facets counts;
    TreeMap<Long, Long> months = null;
    if (facets == null) {
      counts = searcher.allFacets();
      if (histogram != null) {
        months = months(search(query, histogram));
      }
    } else {
      Object[] results = searchWith(query, facets, histogram, null);
      FacetCounting.Counted counted = counted(results[0]);
      hits = counted.hits();
      total = counted.total();
      counts = counted.facets();
      months = histogram == null ? null : months(results[1]);
    }
    int[] first = order.page(hits, total, 0, 1);
    if (first.length == 0) {
      return new Collected(byId(new ScoreDoc[0], total), months, counts);
    }
    float score = scoreOf(query, first[0]);
    int from = cursor == null ? 0 : placeAfter(order, cursor.after(), score);
    int[] page = order.page(hits, total, from, limit);
    ScoreDoc[] docs = new ScoreDoc[page.length];
    BytesRef[] ids = order.ids(page);
    for (int i = 0; i < page.length; i++) {
      docs[i] = new FieldDoc(page[i], score, new Object[] {score, ids[i]});
    }
    return new Collected(byId(docs, total), months, counts);
  }

  private TopFieldDocs byId(ScoreDoc[] docs, long total) throws IOException {
    return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs, sort(SortOrder.RELEVANCE).getSort());
  }

  /**
   * Where the page after {@code after} begins, as Lucene's paging by relevance then ID places it: a
   * cursor whose hit scored more than the hits (the view changed since) has every hit after it, one
   * that scored less none.
   */
  private static int placeAfter(IdOrder order, FieldDoc after, float score) throws IOException {
    int byScore = Float.compare(score, (Float) after.fields[0]);
    return byScore > 0 ? order.size() : byScore < 0 ? 0 : order.placeAfter((BytesRef) after.fields[1], after.doc);
  }

  /** The score of a hit, as Lucene's sort by relevance reads it. */
  private float scoreOf(Query query, int doc) throws IOException {
    Weight weight = timed.createWeight(timed.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = timed.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Scorer scorer = weight.scorer(leaf);
    int target = doc - leaf.docBase;
    if (scorer == null || scorer.iterator().advance(target) != target) {
      throw new IllegalStateException("document " + doc + " was counted as a hit of " + query + " but does not match it");
    }
    return scorer.score();
  }

  private static FacetCounting.Counted counted(Object collected) {
    return (FacetCounting.Counted) collected;
  }

  /**
   * Counts each selected dimension's facets as if it were not selected, so that selections can be
   * widened. Lucene's drill-sideways scorer scores a segment in one go and cannot be stopped part-way
   * ({@link IndexSearcher#setTimeout} would split it): such a search is bounded by its cost, and its time
   * is checked when it ends.
   */
  private Collected drillSideways(DrillDownQuery query, TopFieldCollectorManager top, MonthHistogram histogram)
      throws IOException {
    if (histogram == null) {
      DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = searcher.drillSideways().search(query, top);
      deadline.failIfPassed();
      return new Collected(result.collectorResult, null, result.facets);
    }
    DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result =
        searcher.drillSideways().search(query, new MultiCollectorManager(top, histogram));
    deadline.failIfPassed();
    return new Collected((TopFieldDocs) result.collectorResult[0], months(result.collectorResult[1]), result.facets);
  }

  @SuppressWarnings("unchecked")
  private static TreeMap<Long, Long> months(Object collected) {
    return (TreeMap<Long, Long>) collected;
  }

  /** The query, on cables only, within the drill-down selections. */
  DrillDownQuery drillDown(Query parsed, Map<FacetField, List<String>> filters) {
    DrillDownQuery query = new DrillDownQuery(searcher.facetsConfig(), CablesOnly.of(parsed));
    filters.forEach((field, values) -> {
      if (!values.isEmpty()) {
        query.add(field.key(), Selections.anyOf(field, values));
      }
    });
    return query;
  }

  Sort sort(SortOrder order) throws IOException {
    SortField id = new SortField(IndexFields.VERSION_OF, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case CREATED_ASC -> new Sort(date(IndexFields.CREATED, false), id);
      case CREATED_DESC -> new Sort(date(IndexFields.CREATED, true), id);
      case RELEASED_ASC -> new Sort(date(IndexFields.RELEASED, false), id);
      case RELEASED_DESC -> new Sort(date(IndexFields.RELEASED, true), id);
      case CITED_DESC -> new Sort(searcher.citations().source().getSortField(true), id);
      case RANK -> new Sort(searcher.ranks().getSortField(true), id);
    };
  }

  /** A date sort; cables without the date come last either way. */
  private static SortField date(String field, boolean descending) {
    SortField sort = new SortField(field, SortField.Type.LONG, descending);
    sort.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    return sort;
  }

  /**
   * The page's hits with their summaries and snippets, a share of the page on each core: finding
   * snippets decompresses and scans every hit's body, which on one core took a quarter of a search.
   */
  private List<Hit> hits(ScoreDoc[] docs, PassageFinder passages) throws IOException {
    boolean withSnippets = passages != null && passages.looksForWords();
    int shares = searcher.sharesOf(docs.length, withSnippets ? HITS_PER_SHARE_WITH_SNIPPETS : HITS_PER_SHARE);
    List<Callable<List<Hit>>> tasks = new ArrayList<>(shares);
    for (int i = 0; i < shares; i++) {
      ScoreDoc[] share = Arrays.copyOfRange(docs, i * docs.length / shares, (i + 1) * docs.length / shares);
      tasks.add(() -> hitsOf(share, withSnippets ? passages : null));
    }
    List<Hit> hits = new ArrayList<>(docs.length);
    searcher.getTaskExecutor().invokeAll(tasks).forEach(hits::addAll);
    return hits;
  }

  private List<Hit> hitsOf(ScoreDoc[] docs, PassageFinder passages) throws IOException {
    Citations citations = searcher.citations();
    StoredFields stored = passages != null ? searcher.storedFields() : null;
    List<CableSummary> summaries = Summaries.read(searcher.getIndexReader(), Arrays.stream(docs).mapToInt(doc -> doc.doc).toArray());
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      deadline.failIfPassed();
      CableSummary summary = summaries.get(i);
      List<Snippet> snippets = passages != null ? passages.find(StoredVersions.cable(stored, docs[i].doc), SNIPPETS_PER_HIT) : List.of();
      hits.add(new Hit(summary, citations.citedBy(summary.id().value()), snippets));
    }
    return hits;
  }

  /** When a search must end: a {@link QueryTimeout} for Lucene, checked by the search between hits too. */
  private record Deadline(Duration budget, long endNanos) implements QueryTimeout {
    Deadline(Duration budget) {
      this(budget, System.nanoTime() + budget.toNanos());
    }

    @Override
    public boolean shouldExit() {
      return System.nanoTime() - endNanos > 0;
    }

    void failIfPassed() {
      if (shouldExit()) {
        throw new SearchTimeoutException(budget);
      }
    }

    /** Fails when {@code searcher} stopped a search at the deadline (it then holds only part of the hits). */
    void failIfPassed(IndexSearcher searcher) {
      if (searcher.timedOut()) {
        throw new SearchTimeoutException(budget);
      }
    }
  }

  private static Map<FacetField, List<FacetCount>> counts(Facets facets, int limit) throws IOException {
    Map<FacetField, List<FacetCount>> counts = new EnumMap<>(FacetField.class);
    for (FacetField field : FacetField.values()) {
      counts.put(field, top(facets, field, limit));
    }
    return counts;
  }

  static List<FacetCount> top(Facets facets, FacetField field, int limit) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(limit, field.key());
    } catch (IllegalArgumentException notIndexedYet) {
      return List.of();
    }
    if (result == null) {
      return List.of();
    }
    List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      counts.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    return counts;
  }
}
