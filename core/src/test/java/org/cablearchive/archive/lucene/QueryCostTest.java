package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.CostlyQueries;
import org.cablearchive.archive.HistogramInterval;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchTimeoutException;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cost model bounds what searches read, and the limits hold, proven by counting rather than timing:
 * the sample is searched through a reader that counts every posting and position Lucene reads, and no
 * search of the costly family (nor of ordinary queries, in every order and way of counting) reads more
 * than its cost said. A search costing more than the limit is refused before it reads anything, and
 * one that runs past its time limit is stopped. What the units take on the full release is measured by
 * {@code CostlyQueryBench} (docs/benchmarks.md).
 */
class QueryCostTest {
  private static final Analyzer ANALYZER = ArchiveAnalyzer.create();
  private static final Duration NO_HURRY = Duration.ofMinutes(10);
  @TempDir static Path dir;
  private static DirectoryReader index;
  private static ReadCounter reads;
  private static ArchiveSearcher searcher;
  private static ExecutorService threads;

  @BeforeAll
  static void storeTheSample() throws Exception {
    try (LuceneArchive archive = LuceneArchive.open(dir)) {
      for (Cable cable : SampleCorpus.cables()) {
        archive.store(cable);
      }
      archive.commit();
    }
    index = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    reads = new ReadCounter(index);
    threads = Executors.newFixedThreadPool(2);
    searcher = new ArchiveSearcher(reads, CableDocuments.facetsConfig(), threads);
    searcher.setQueryCache(null);
  }

  @AfterAll
  static void close() throws Exception {
    reads.close();
    threads.shutdown();
  }

  static Stream<Arguments> searches() {
    List<Arguments> searches = new ArrayList<>();
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      searches.add(Arguments.of(member.name(), member.request()));
    }
    for (String query : List.of("mexico", "\"human rights\"", "garcia luna", "drug* AND cartel", "embasy~1", "tag:PREL AND election",
        "police AND NOT mexico", "created:[2009-01 TO 2009-06] merida")) {
      for (SortOrder order : List.of(SortOrder.RELEVANCE, SortOrder.CREATED_DESC)) {
        searches.add(Arguments.of(query + " by " + order, new SearchRequest(query, Map.of(), order, 20, null, true, 10,
            HistogramInterval.MONTH, true)));
      }
      searches.add(Arguments.of(query + " within tag PREL", new SearchRequest(query,
          Map.of(org.cablearchive.archive.FacetField.TAG, List.of("PREL")), SortOrder.RELEVANCE, 20, null, true, 10, null, true)));
    }
    return searches.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void aSearchReadsNoMoreThanItsCostSays(String name, SearchRequest request) throws IOException {
    QueryCost.Cost cost = search(Long.MAX_VALUE).cost(request);

    reads.reset();
    search(Long.MAX_VALUE).run(request);

    assertThat(reads.postings() + reads.positions()).as("postings and positions read by %s (cost %s)", name, cost)
        .isLessThanOrEqualTo(cost.reads());
  }

  static Stream<Arguments> phrases() {
    List<Arguments> phrases = new ArrayList<>();
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      if (member.request().query().startsWith("\"") && member.request().limit() == 20) {
        phrases.add(Arguments.of(member.name(), bare(member.request().query())));
      }
    }
    for (String phrase : List.of("\"the helm of the foreign ministry\"", "\"of the government\"~3", "\"human rights\"")) {
      phrases.add(Arguments.of(phrase, bare(phrase)));
    }
    return phrases.stream();
  }

  /** The query alone: one pass, no snippets, so that its phrase is all it costs. */
  private static SearchRequest bare(String query) {
    return new SearchRequest(query, Map.of(), SortOrder.CREATED_DESC, 20, null, false, 0, null, false);
  }

  /**
   * Past what the term statistics bound, a phrase's documents are looked at first: the positions in
   * the documents holding all its words are what the search may read, and it reads no more.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void aPhraseLookedAtFirstReadsNoMoreThanTheLookSays(String name, SearchRequest request) throws IOException {
    QueryCost.Cost bound = search(Long.MAX_VALUE).cost(request);
    long limit = bound.units() - 1;

    reads.reset();
    QueryCost.Cost looked = search(limit).cost(request);
    long readByTheLook = reads.postings();

    assertThat(reads.positions()).as("positions read by the look").isZero();
    assertThat(looked.reads() - readByTheLook).as("reads of %s, looked at (bound: %s)", name, bound)
        .isLessThanOrEqualTo(bound.reads());
    if (looked.units() <= limit) {
      reads.reset();
      search(limit).run(request);
      assertThat(reads.postings() + reads.positions()).as("read by %s (looked at: %s)", name, looked)
          .isLessThanOrEqualTo(looked.reads());
    } else {
      assertThatThrownBy(() -> search(limit).run(request)).isInstanceOf(QueryException.class);
    }
    assertThat(readByTheLook).as("postings read by the look").isLessThanOrEqualTo(looked.reads());
  }

  /** Common words with a rare one: their positions are read only where the rare one is. */
  @Test
  void aPhraseOfCommonWordsAndARareOneCostsWhatTheRareOneAllows() throws IOException {
    SearchRequest phrase = bare("\"the helm of the foreign ministry\"");
    QueryCost.Cost bound = search(Long.MAX_VALUE).cost(phrase);

    QueryCost.Cost looked = search(bound.units() - 1).cost(phrase);

    assertThat(looked.units()).isLessThan(bound.units() / 5);
    assertThat(search(bound.units() / 5).run(phrase).total()).isPositive();
  }

  /**
   * The limit sits between the family's costs, so that the family has refused and answered members.
   * Before refusing a search nothing reads a position: only the postings of phrases looked at first.
   */
  @Test
  void aSearchCostingMoreThanTheLimitIsRefusedBeforeItReadsAnything() throws IOException {
    List<Long> costs = new ArrayList<>();
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      costs.add(search(Long.MAX_VALUE).cost(member.request()).units());
    }
    long limit = costs.stream().sorted().toList().get(costs.size() / 2);
    int refused = 0;
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      QueryCost.Cost cost = search(limit).cost(member.request());
      reads.reset();
      if (cost.units() > limit) {
        assertThatThrownBy(() -> search(limit).run(member.request())).as(member.name())
            .isInstanceOf(QueryException.class)
            .hasMessageStartingWith("the search would cost " + String.format(java.util.Locale.ROOT,
                cost.units() >= 10_000_000 ? "%,d million" : "%,d", cost.units() >= 10_000_000 ? cost.units() / 1_000_000 : cost.units())
                + " units of work, more than the ")
            .hasMessageContaining("the costliest part is ");
        assertThat(reads.positions()).as("positions read by %s before it was refused", member.name()).isZero();
        assertThat(reads.postings()).as("postings read by %s before it was refused", member.name())
            .isLessThanOrEqualTo(cost.reads());
        refused++;
      } else {
        assertThat(search(limit).run(member.request()).total()).as(member.name()).isNotNegative();
      }
    }
    assertThat(refused).isBetween(1, costs.size() - 1);
  }

  @Test
  void theLongestPhraseOfCommonWordsWithTheLargestSlopIsRefusedWithItsCostliestPart() throws IOException {
    SearchRequest attack = bare(CostlyQueries.phrase(0, 150) + "~1000000");
    long bound = search(Long.MAX_VALUE).cost(attack).units();
    long looked = search(bound - 1).cost(attack).units();

    assertThatThrownBy(() -> search(looked - 1).run(attack))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("(the costliest part is a phrase with a slop of 1000000, ");
    assertThat(search(looked).run(attack).total()).isZero();
  }

  @Test
  void aSearchPastItsTimeLimitIsStopped() {
    for (CostlyQueries.Member member : CostlyQueries.family()) {
      assertThatThrownBy(() -> new CableSearch(searcher, ANALYZER, Duration.ZERO, Long.MAX_VALUE).run(member.request()))
          .as(member.name())
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessage("the search took longer than 0 s and was stopped; try again, or narrow it"
              + " (fewer common words, a smaller ~slop, a field or a date range)");
    }
  }

  private static CableSearch search(long maxCost) {
    return new CableSearch(searcher, ANALYZER, NO_HURRY, maxCost);
  }

  /** The index, counting every posting (a document found) and position Lucene reads from it. */
  private static final class ReadCounter extends FilterDirectoryReader {
    private final AtomicLong postings;
    private final AtomicLong positions;

    ReadCounter(DirectoryReader in) throws IOException {
      this(in, new AtomicLong(), new AtomicLong());
    }

    private ReadCounter(DirectoryReader in, AtomicLong postings, AtomicLong positions) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new CountingLeaf(reader, postings, positions);
        }
      });
      this.postings = postings;
      this.positions = positions;
    }

    void reset() {
      postings.set(0);
      positions.set(0);
    }

    long postings() {
      return postings.get();
    }

    long positions() {
      return positions.get();
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new ReadCounter(in, postings, positions);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static final class CountingLeaf extends FilterLeafReader {
    private final AtomicLong postings;
    private final AtomicLong positions;

    CountingLeaf(LeafReader in, AtomicLong postings, AtomicLong positions) {
      super(in);
      this.postings = postings;
      this.positions = positions;
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = super.terms(field);
      return terms == null ? null : new FilterTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new FilterTermsEnum(in.iterator()) {
            @Override
            public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
              return new CountingPostings(in.postings(null, flags));
            }

            @Override
            public ImpactsEnum impacts(int flags) throws IOException {
              return new CountingImpacts(in.impacts(flags));
            }
          };
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }

    private int found(int doc) {
      if (doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
        postings.incrementAndGet();
      }
      return doc;
    }

    private final class CountingPostings extends FilterPostingsEnum {
      CountingPostings(PostingsEnum in) {
        super(in);
      }

      @Override
      public int nextDoc() throws IOException {
        return found(in.nextDoc());
      }

      @Override
      public int advance(int target) throws IOException {
        return found(in.advance(target));
      }

      @Override
      public int nextPosition() throws IOException {
        positions.incrementAndGet();
        return in.nextPosition();
      }
    }

    private final class CountingImpacts extends ImpactsEnum {
      private final ImpactsEnum in;

      CountingImpacts(ImpactsEnum in) {
        this.in = in;
      }

      @Override
      public void advanceShallow(int target) throws IOException {
        in.advanceShallow(target);
      }

      @Override
      public Impacts getImpacts() throws IOException {
        return in.getImpacts();
      }

      @Override
      public int freq() throws IOException {
        return in.freq();
      }

      @Override
      public int nextPosition() throws IOException {
        positions.incrementAndGet();
        return in.nextPosition();
      }

      @Override
      public int startOffset() throws IOException {
        return in.startOffset();
      }

      @Override
      public int endOffset() throws IOException {
        return in.endOffset();
      }

      @Override
      public BytesRef getPayload() throws IOException {
        return in.getPayload();
      }

      @Override
      public int docID() {
        return in.docID();
      }

      @Override
      public int nextDoc() throws IOException {
        return found(in.nextDoc());
      }

      @Override
      public int advance(int target) throws IOException {
        return found(in.advance(target));
      }

      @Override
      public long cost() {
        return in.cost();
      }
    }
  }
}
