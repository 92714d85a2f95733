package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TaskExecutor;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.ReleaseDates;
import org.cablearchive.network.CableNetwork;

/**
 * A searcher over one point-in-time view of the archive, with what is worth computing once per view:
 * the facet ordinals (built when the view opens, so that no query pays for them), the facet counts
 * over all cables, the cables per day of release, the cited-by counts, and the network of people, posts and references with its ranks. A large view is searched on all cores at once, a slice of
 * its segments each.
 */
final class ArchiveSearcher extends IndexSearcher {
  /** Below this many documents per core a view is searched by one thread: handing work over costs more. */
  private static final int MIN_DOCS_PER_SLICE = 50_000;
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  /** The facets counted value by value: a cable has several tags, and there are hundreds of origins. */
  private static final Set<String> LISTED_FACETS = Set.of(FacetField.TAG.key(), FacetField.ORIGIN.key());
  /** Runs each task on the thread that hands it over. */
  private static final TaskExecutor ON_THIS_THREAD = new TaskExecutor(Runnable::run);

  private final FacetsConfig facetsConfig;
  private final Executor executor;
  private final SortedSetDocValuesReaderState facetState;
  private final OncePerView<Citations> citations = new OncePerView<>(() -> Citations.count(getIndexReader()));
  private final OncePerView<NetworkOfView> network = new OncePerView<>(() -> NetworkOfView.build(getIndexReader()));
  private final OncePerView<RankValues> ranks = new OncePerView<>(() -> new RankValues(network()));
  private final OncePerView<Facets> allFacets;
  private final OncePerView<FacetOrdinals> facetOrdinals;
  private final OncePerView<IdOrder> idOrder = new OncePerView<>(() -> IdOrder.read(getIndexReader()));
  private final FieldInfos fieldInfos;
  private volatile ReleaseDates releaseDates;

  ArchiveSearcher(IndexReader reader, FacetsConfig facetsConfig, Executor executor) throws IOException {
    super(reader, executor);
    this.facetsConfig = facetsConfig;
    this.executor = executor;
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
    this.allFacets = new OncePerView<>(() -> new OneAtATime(new SortedSetDocValuesFacetCounts(facetState)));
    this.facetOrdinals = new OncePerView<>(() -> FacetOrdinals.read(getIndexReader(), facetState, LISTED_FACETS));
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null && info.getDocValuesType() == DocValuesType.SORTED_SET;
  }

  /**
   * One slice of segments per core, of about equal size (largest segment first, each to the slice
   * holding fewest documents), when the view is large enough to share out.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    int count = (int) Math.max(1, Math.min(CORES, docs / MIN_DOCS_PER_SLICE));
    List<List<LeafReaderContext>> slices = new ArrayList<>();
    long[] sizes = new long[count];
    for (int i = 0; i < count; i++) {
      slices.add(new ArrayList<>());
    }
    List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
    largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
    for (LeafReaderContext leaf : largestFirst) {
      int smallest = 0;
      for (int i = 1; i < count; i++) {
        smallest = sizes[i] < sizes[smallest] ? i : smallest;
      }
      slices.get(smallest).add(leaf);
      sizes[smallest] += leaf.reader().maxDoc();
    }
    return slices.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
  }

  /** Into how many shares to split work on {@code items}, at least {@code perShare} each: one per core at most. */
  int sharesOf(int items, int perShare) {
    return Math.max(1, Math.min(CORES, items / perShare));
  }

  /**
   * A searcher of this view for one search, which stops at {@code timeout}: Lucene keeps a searcher's
   * timeout and whether it was reached in the searcher, so each search needs its own. It shares this
   * view's slices, similarity and query cache, and costs a few objects. Its slices are searched on all
   * cores; a word's statistics for scoring are looked up segment by segment on the searching thread:
   * Lucene would hand each segment's look-up to another thread, a task of microseconds each, twenty
   * hand-overs per word of the query on the full release.
   */
  IndexSearcher timed(QueryTimeout timeout) {
    IndexSearcher timed = new IndexSearcher(getTopReaderContext(), executor) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return ArchiveSearcher.this.getSlices();
      }

      @Override
      public TaskExecutor getTaskExecutor() {
        return ON_THIS_THREAD;
      }
    };
    timed.setSimilarity(getSimilarity());
    timed.setQueryCache(getQueryCache());
    timed.setQueryCachingPolicy(getQueryCachingPolicy());
    timed.setTimeout(timeout);
    return timed;
  }

  /**
   * Drill-sideways search over this view: its hits are found on all cores when it has several slices,
   * and their facets counted by {@link HitFacetCounts}.
   */
  DrillSideways drillSideways() {
    return new DrillSideways(this, facetsConfig, facetState) {
      @Override
      protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] sideways, String[] sidewaysDims)
          throws IOException {
        Facets drillDownCounts = HitFacetCounts.of(facetState, facetOrdinals(), drillDowns);
        if (sideways == null || sideways.length == 0) {
          return drillDownCounts;
        }
        Map<String, Facets> sidewaysCounts = new HashMap<>();
        for (int i = 0; i < sideways.length; i++) {
          sidewaysCounts.put(sidewaysDims[i], HitFacetCounts.of(facetState, facetOrdinals(), sideways[i]));
        }
        return new MultiFacets(sidewaysCounts, drillDownCounts);
      }
    };
  }

  /** Counts facets of a search without drill-down selections, as its hits are collected. */
  FacetCounting facetCounting() throws IOException {
    return new FacetCounting(facetState, facetOrdinals());
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The facet ordinals of this view, or null when it holds no cable yet. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Facet counts over every cable of this view, or null when it holds none. */
  Facets allFacets() throws IOException {
    return facetState == null ? null : allFacets.get();
  }

  /** The view's cables in ID order, read on the first search that needs them. */
  IdOrder idOrder() throws IOException {
    return idOrder.get();
  }

  /** What each field of this view keeps (frequencies, lengths). */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** Every document's facet values, read on the first search that counts facets in this view. */
  private FacetOrdinals facetOrdinals() throws IOException {
    return facetOrdinals.get();
  }

  /**
   * Cables per day of release in this view, counted once from the release dates' doc values (cable
   * documents alone hold them; deleted ones are skipped). Counted without a lock: two requests that
   * arrive together on a new view may both count (a few milliseconds on the whole release), but none
   * waits for another.
   */
  ReleaseDates releaseDates() throws IOException {
    ReleaseDates dates = releaseDates;
    if (dates == null) {
      dates = countReleaseDates();
      releaseDates = dates;
    }
    return dates;
  }

  private ReleaseDates countReleaseDates() throws IOException {
    FacetResult instants = new LongValueFacetCounts(IndexFields.RELEASED, getIndexReader()).getAllChildren(IndexFields.RELEASED);
    Map<LocalDate, Long> byDay = new HashMap<>();
    long dated = 0;
    for (LabelAndValue instant : instants.labelValues) {
      LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(instant.label)), ZoneOffset.UTC);
      byDay.merge(day, instant.value.longValue(), Long::sum);
      dated += instant.value.longValue();
    }
    return new ReleaseDates(byDay, count(CableSearch.CABLES) - dated);
  }

  Citations citations() throws IOException {
    return citations.get();
  }

  /** The network of this view's cables, built on first use (or by the archive's warming as the view opens). */
  CableNetwork network() throws IOException {
    return network.get().network();
  }

  /** The network of this view, with each held cable's document, when it is built already; else null (never waits). */
  NetworkOfView networkIfBuilt() {
    return network.ifReady();
  }

  /** Each cable's citation rank in this view, for sorting. */
  RankValues ranks() throws IOException {
    return ranks.get();
  }

  /**
   * Counts shared by every request on this view, read by one thread at a time: reading them looks
   * labels up through one doc-values iterator, which concurrent readers would corrupt.
   */
  private static final class OneAtATime extends Facets {
    private final Facets counts;

    OneAtATime(Facets counts) {
      this.counts = counts;
    }

    @Override
    public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
      return counts.getAllChildren(dim, path);
    }

    @Override
    public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return counts.getTopChildren(topN, dim, path);
    }

    @Override
    public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
      return counts.getSpecificValue(dim, path);
    }

    @Override
    public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
      return counts.getAllDims(topN);
    }

    @Override
    public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
      return counts.getTopDims(topNDims, topNChildren);
    }
  }
}
