package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The archive's facet counts, of gathered hits and of hits counted as they are collected, equal
 * Lucene's own on a many-segment index with documents lacking facets and deleted documents, for
 * queries matching few, half and most documents (these counted from the documents they leave out), with
 * the most frequent values counted hit by hit and by bitset.
 */
class HitFacetCountsTest {
  private static final String[] DIMS = {"origin", "tag", "year", "handling"};

  @Test
  void countsEqualLucenesForEveryDimensionAndQuery() throws IOException {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("tag", true);
    config.setMultiValued("handling", true);
    Random random = new Random(7);
    try (Directory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig writerConfig = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
        for (int i = 0; i < 3000; i++) {
          writer.addDocument(config.build(document(random)));
          if (i % 400 == 399) {
            writer.flush(); // many segments, so that ordinals are mapped
          }
        }
        writer.deleteDocuments(new Term("gone", "yes"));
      }
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(5);
        assertThat(reader.numDeletedDocs()).isGreaterThan(100);
        IndexSearcher searcher = new IndexSearcher(reader);
        IndexSearcher onSeveralThreads = new IndexSearcher(reader, threads) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return leaves.stream().map(leaf -> new LeafSlice(new ArrayList<>(List.of(leaf)))).toArray(LeafSlice[]::new); // a thread per segment
          }
        };
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetOrdinals narrow = FacetOrdinals.read(reader, state, Set.of("tag"));
        FacetOrdinals wide = FacetOrdinals.read(reader, state, Set.of("tag"), 0, FacetOrdinals.FREQUENT_SHARE,
            FacetOrdinals.SELECTED_SHARE);
        // values of one document in 16 by bitset: most tags, the first posts; for searches over 1 in 32, and for every search
        FacetOrdinals frequent = FacetOrdinals.read(reader, state, Set.of("tag", "origin"), Character.MAX_VALUE + 1, 16,
            FacetOrdinals.SELECTED_SHARE);
        FacetOrdinals alwaysFrequent = FacetOrdinals.read(reader, state, Set.of("tag", "origin"), Character.MAX_VALUE + 1, 16,
            Integer.MAX_VALUE);
        assertThat(frequent.frequentValues()).isGreaterThan(reader.leaves().size() * 10);
        assertThat(wide.frequentValues()).isZero();
        Query notRare = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term("kind", "rare")), BooleanClause.Occur.MUST_NOT).build();
        Query most = new BooleanQuery.Builder().add(new TermQuery(new Term("kind", "a")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("kind", "most")), BooleanClause.Occur.SHOULD).build();
        for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term("kind", "a")),
            new TermQuery(new Term("kind", "rare")), new DrillDownQuery(config), notRare, most}) {
          FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
          Facets expected = new SortedSetDocValuesFacetCounts(state, hits);
          for (FacetOrdinals ordinals : List.of(narrow, wide, frequent, alwaysFrequent)) {
            String kept = ordinals == narrow ? " (ordinals in chars)" : ordinals == wide ? " (ordinals in ints)"
                : ordinals == frequent ? " (frequent values by bitset)" : " (frequent values by bitset for every search)";
            assertSameCounts(HitFacetCounts.of(state, ordinals, hits), expected, "gathered hits of " + query + kept);
            FacetCounting.Counted counted = onSeveralThreads.search(query, new FacetCounting(state, ordinals));
            assertSameCounts(counted.facets(), expected, "hits counted as collected on several threads, of " + query + kept);
            assertThat(counted.total()).as("total of " + query).isEqualTo(searcher.count(query));
            assertThat(marked(counted.hits())).as("hits marked by " + query).isEqualTo(docs(hits));
          }
        }
      } finally {
        threads.shutdown();
      }
    }
  }

  private static List<Integer> marked(long[] marks) {
    List<Integer> docs = new ArrayList<>();
    for (int doc = 0; doc < marks.length * 64; doc++) {
      if ((marks[doc >>> 6] & 1L << doc) != 0) {
        docs.add(doc);
      }
    }
    return docs;
  }

  private static List<Integer> docs(FacetsCollector hits) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
      DocIdSetIterator it = segment.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        docs.add(segment.context.docBase + doc);
      }
    }
    return docs;
  }

  private static void assertSameCounts(Facets actual, Facets expected, String what) throws IOException {
    for (String dim : DIMS) {
      assertThat(labels(actual.getTopChildren(5, dim))).as(dim + " top 5, " + what)
          .isEqualTo(labels(expected.getTopChildren(5, dim)));
      assertThat(labels(actual.getAllChildren(dim))).as(dim + " all, " + what)
          .isEqualTo(labels(expected.getAllChildren(dim)));
    }
    assertThat(actual.getSpecificValue("origin", "Embassy 3")).as(what).isEqualTo(expected.getSpecificValue("origin", "Embassy 3"));
  }

  /** A document with skewed values, so that counts tie and differ; one in ten has no facets at all. */
  private static Document document(Random random) {
    Document doc = new Document();
    int kind = random.nextInt(100);
    doc.add(new StringField("kind", kind == 0 ? "rare" : kind < 50 ? "a" : "b", Field.Store.NO));
    if (kind < 85) {
      doc.add(new StringField("kind", "most", Field.Store.NO));
    }
    if (random.nextInt(20) == 0) {
      doc.add(new StringField("gone", "yes", Field.Store.NO));
    }
    if (random.nextInt(10) == 0) {
      return doc;
    }
    doc.add(new SortedSetDocValuesFacetField("origin", "Embassy " + Math.abs((int) (random.nextGaussian() * 6))));
    doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(1990 + random.nextInt(20))));
    for (String handling : new String[] {"NOFORN", "EXDIS", "SIPDIS"}) {
      if (random.nextInt(3) == 0) {
        doc.add(new SortedSetDocValuesFacetField("handling", handling));
      }
    }
    int tags = random.nextInt(4);
    for (int t = 0; t < tags; t++) {
      doc.add(new SortedSetDocValuesFacetField("tag", "T" + (char) ('A' + random.nextInt(26))));
    }
    return doc;
  }

  private static String labels(FacetResult result) {
    return result == null ? "none" : java.util.Arrays.toString(result.labelValues);
  }
}
