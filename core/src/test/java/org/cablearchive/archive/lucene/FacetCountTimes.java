package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.cablearchive.archive.FacetField;

/**
 * {@code FacetCountTimes INDEX_DIR WORD[,WORD...] REPETITIONS [FREQUENT_SHARE SELECTED_SHARE]}: the time to collect and count the facets
 * of each word's hits in an archive's index, on one thread, with the frequent values counted by bitset
 * ({@link FacetOrdinals.Frequent}; by default the archive's shares, {@link FacetOrdinals#read}) and with every value counted hit by hit, alternating in one process.
 * The counts of both are checked to be equal. Run from the repository after {@code ./mvnw package
 * -DskipTests}: {@code java -cp "core/target/test-classes:core/target/classes:bench/target/lib/*"
 * org.cablearchive.archive.lucene.FacetCountTimes DATA/index sanctions,karzai 300}.
 */
public final class FacetCountTimes {
  private FacetCountTimes() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 5) {
      System.err.println("usage: FacetCountTimes INDEX_DIR WORD[,WORD...] REPETITIONS [FREQUENT_SHARE SELECTED_SHARE]");
      System.exit(2);
    }
    int repetitions = Integer.parseInt(args[2]);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
      Set<String> listed = Set.of(FacetField.TAG.key(), FacetField.ORIGIN.key());
      FacetOrdinals hitByHit = FacetOrdinals.read(reader, state, listed, Character.MAX_VALUE + 1, 0, 0);
      FacetOrdinals withBitsets = FacetOrdinals.read(reader, state, listed, Character.MAX_VALUE + 1,
          args.length == 5 ? Integer.parseInt(args[3]) : FacetOrdinals.FREQUENT_SHARE,
          args.length == 5 ? Integer.parseInt(args[4]) : FacetOrdinals.SELECTED_SHARE);
      System.out.printf(Locale.ROOT, "%d documents, %d segments, %d values counted by bitset%n", reader.maxDoc(),
          reader.leaves().size(), withBitsets.frequentValues());
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int round = 1; round <= 3; round++) {
        for (String word : args[1].split(",")) {
          Query query = new TermQuery(new Term(IndexFields.TEXT, word));
          FacetCounting.Counted a = searcher.search(query, new FacetCounting(state, hitByHit));
          FacetCounting.Counted b = searcher.search(query, new FacetCounting(state, withBitsets));
          for (FacetField dim : FacetField.values()) {
            if (!String.valueOf(a.facets().getAllChildren(dim.key())).equals(String.valueOf(b.facets().getAllChildren(dim.key())))) {
              throw new IllegalStateException("the " + dim.key() + " counts of " + word + " differ");
            }
          }
          System.out.printf(Locale.ROOT, "round %d  %-14s %,9d hits  hit by hit %8.1f µs  frequent by bitset %8.1f µs%n",
              round, word, a.total(), micros(searcher, query, state, hitByHit, repetitions),
              micros(searcher, query, state, withBitsets, repetitions));
        }
      }
    }
  }

  private static double micros(IndexSearcher searcher, Query query, SortedSetDocValuesReaderState state,
      FacetOrdinals ordinals, int repetitions) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < repetitions; i++) {
      searcher.search(query, new FacetCounting(state, ordinals));
    }
    return (System.nanoTime() - start) / 1e3 / repetitions;
  }
}
