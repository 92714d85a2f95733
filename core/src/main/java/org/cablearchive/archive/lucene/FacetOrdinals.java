package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet values (segment ordinals) of one view, read once into plain arrays, and the
 * label of each of the view's ordinals. Reading values from doc values for each hit of each search
 * cost two address look-ups per value, which was most of the time a search over the whole release
 * spent counting facets.
 *
 * <p>Most dimensions have few values and one or two per cable (classification, handling, year,
 * month). A document's values in those are kept as one combination, of which a segment holds a few
 * hundred: a hit counts its combination once, and each counted combination adds to its values once
 * at the end. Only the listed dimensions (many values per cable, or hundreds of values) are counted
 * value by value. A cable then costs one count and its listed values instead of eleven values.
 *
 * <p>Of the listed values, those a twentieth of a segment's documents hold (the most used tags, the
 * largest posts) are also kept as a bitset each: a search whose hits are more than a thirty-second of
 * the segment counts them by intersecting its hits with each bitset, and only the other values hit by
 * hit ({@link Frequent}).
 */
final class FacetOrdinals {
  /**
   * One segment. Document {@code d} has the combination {@code combinations[d]}, whose values are
   * {@code combinationValues[combinations[d]]}, and the listed values {@code ords[starts[d]]} up to
   * {@code ords[starts[d + 1]]}. Combinations and ordinals are kept in chars when they fit, as in
   * every segment of the whole release: counting reads them for each hit, and reading half as many
   * bytes made searches over many hits a tenth faster. Otherwise in ints, and the chars are null.
   *
   * <p>{@code live} holds a bit for each document not deleted in this view, {@code liveDocs} their
   * number and {@code liveCounts} the count of each of the segment's values over them: what the hits
   * of a search that matches most of the segment are counted from ({@link Tally#countMarked}).
   */
  record Segment(char[] narrowCombinations, char[] narrowOrds, int[] combinations, int[] ords,
      int[][] combinationValues, int[] starts, int valueCount, long[] live, int liveDocs, int[] liveCounts,
      Frequent frequent) {
    static Segment of(int[] combinations, int[][] combinationValues, int[] starts, int[] ords, int valueCount,
        Bits liveDocs, int narrowest, int frequentShare) {
      int maxDoc = combinations.length;
      long[] live = new long[FixedBitSet.bits2words(maxDoc)];
      int liveCount = 0;
      int[] combinationCounts = new int[combinationValues.length];
      int[] liveCounts = new int[valueCount];
      for (int d = 0; d < maxDoc; d++) {
        if (liveDocs == null || liveDocs.get(d)) {
          live[d >>> 6] |= 1L << d;
          liveCount++;
          combinationCounts[combinations[d]]++;
          for (int i = starts[d]; i < starts[d + 1]; i++) {
            liveCounts[ords[i]]++;
          }
        }
      }
      addCombinations(combinationValues, combinationCounts, liveCounts);
      if (valueCount > narrowest || combinationValues.length > narrowest) {
        return new Segment(null, null, combinations, ords, combinationValues, starts, valueCount, live, liveCount, liveCounts,
            null);
      }
      return new Segment(narrow(combinations), narrow(ords), null, null, combinationValues, starts, valueCount,
          live, liveCount, liveCounts, Frequent.of(starts, ords, valueCount, frequentShare));
    }

    private static char[] narrow(int[] values) {
      char[] chars = new char[values.length];
      for (int i = 0; i < values.length; i++) {
        chars[i] = (char) values[i];
      }
      return chars;
    }
  }

  /**
   * The listed values of a segment that at least one in {@code share} of its documents hold, each with
   * the bitset of those documents, and every document's other listed values ({@code restOrds} from
   * {@code restStarts[d]} up to {@code restStarts[d + 1]}). Counting a value's hits by intersecting
   * bitsets reads a word per 64 documents whatever the hits; hit by hit, it costs a count per hit
   * holding it. On the generated release, collecting and counting the hits of a word held by 5 % to
   * 44 % of the cables took 5–14 % less time than with every value counted hit by hit
   * (docs/benchmarks.md, "Facet counts of frequent values").
   */
  record Frequent(int[] ords, FixedBitSet[] docs, int[] restStarts, char[] restOrds) {
    /** The frequent values of a segment whose listed values fit in chars, or null when it has none. */
    static Frequent of(int[] starts, int[] ords, int valueCount, int share) {
      int maxDoc = starts.length - 1;
      int[] holders = new int[valueCount];
      for (int i = 0; i < starts[maxDoc]; i++) {
        holders[ords[i]]++;
      }
      int[] index = new int[valueCount];
      int frequent = 0;
      for (int ord = 0; ord < valueCount; ord++) {
        index[ord] = holders[ord] > 0 && (long) holders[ord] * share >= maxDoc ? frequent++ : -1;
      }
      if (frequent == 0) {
        return null;
      }
      int[] frequentOrds = new int[frequent];
      FixedBitSet[] docs = new FixedBitSet[frequent];
      for (int ord = 0; ord < valueCount; ord++) {
        if (index[ord] >= 0) {
          frequentOrds[index[ord]] = ord;
          docs[index[ord]] = new FixedBitSet(maxDoc);
        }
      }
      int[] restStarts = new int[maxDoc + 1];
      char[] restOrds = new char[starts[maxDoc]];
      int size = 0;
      for (int d = 0; d < maxDoc; d++) {
        restStarts[d] = size;
        for (int i = starts[d]; i < starts[d + 1]; i++) {
          int ord = ords[i];
          if (index[ord] >= 0) {
            docs[index[ord]].set(d);
          } else {
            restOrds[size++] = (char) ord;
          }
        }
      }
      restStarts[maxDoc] = size;
      return new Frequent(frequentOrds, docs, restStarts, ArrayUtil.copyOfSubArray(restOrds, 0, size));
    }
  }

  /** Adds each counted combination's count to each of its values. */
  private static void addCombinations(int[][] combinationValues, int[] combinationCounts, int[] counts) {
    for (int c = 0; c < combinationValues.length; c++) {
      if (combinationCounts[c] != 0) {
        for (int ord : combinationValues[c]) {
          counts[ord] += combinationCounts[c];
        }
      }
    }
  }

  /** A value is frequent in a segment when at least one in this many of its documents hold it. */
  static final int FREQUENT_SHARE = 20;
  /** Frequent values are counted by bitsets for a search over at least one in this many of a segment's documents. */
  static final int SELECTED_SHARE = 32;

  private final Segment[] segments;
  private final String[] labels;
  private final int selectedShare;

  private FacetOrdinals(Segment[] segments, String[] labels, int selectedShare) {
    this.segments = segments;
    this.labels = labels;
    this.selectedShare = selectedShare;
  }

  /** Reads the view's facet values, counting {@code listedDims} value by value and combining the others. */
  static FacetOrdinals read(IndexReader reader, SortedSetDocValuesReaderState state, Set<String> listedDims)
      throws IOException {
    return read(reader, state, listedDims, Character.MAX_VALUE + 1, FREQUENT_SHARE, SELECTED_SHARE);
  }

  /**
   * @param narrowest the most values or combinations a segment may have to be kept in chars
   * @param frequentShare a value held by one in this many of a segment's documents is counted by bitset
   *     ({@link Frequent}); 0 for none
   * @param selectedShare searches over one in this many of a segment's documents count its frequent
   *     values by bitset; {@link Integer#MAX_VALUE} for every search
   */
  static FacetOrdinals read(IndexReader reader, SortedSetDocValuesReaderState state, Set<String> listedDims, int narrowest,
      int frequentShare, int selectedShare) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Segment[] segments = new Segment[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      segments[leaf.ord] = segment(leaf, state.getField(), listedDims, narrowest, frequentShare);
    }
    return new FacetOrdinals(segments, labels(state), selectedShare);
  }

  private static Segment segment(LeafReaderContext leaf, String field, Set<String> listedDims, int narrowest,
      int frequentShare) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    boolean[] listed = listed(values, listedDims);
    int maxDoc = leaf.reader().maxDoc();
    int[] combinations = new int[maxDoc];
    Map<List<Integer>, Integer> combinationIds = new HashMap<>();
    List<int[]> combinationValues = new ArrayList<>();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int size = 0;
    int doc = values.nextDoc();
    List<Integer> combined = new ArrayList<>();
    for (int d = 0; d < maxDoc; d++) {
      starts[d] = size;
      combined.clear();
      if (d == doc) {
        int count = values.docValueCount();
        ords = ArrayUtil.grow(ords, size + count);
        for (int i = 0; i < count; i++) {
          int ord = Math.toIntExact(values.nextOrd());
          if (listed[ord]) {
            ords[size++] = ord;
          } else {
            combined.add(ord);
          }
        }
        doc = values.nextDoc();
      }
      Integer id = combinationIds.get(combined);
      if (id == null) {
        id = combinationValues.size();
        combinationIds.put(List.copyOf(combined), id);
        combinationValues.add(combined.stream().mapToInt(Integer::intValue).toArray());
      }
      combinations[d] = id;
    }
    starts[maxDoc] = size;
    return Segment.of(combinations, combinationValues.toArray(int[][]::new), starts,
        ArrayUtil.copyOfSubArray(ords, 0, size), Math.toIntExact(values.getValueCount()), leaf.reader().getLiveDocs(), narrowest,
        frequentShare);
  }

  /** Which of a segment's ordinals belong to a listed dimension. */
  private static boolean[] listed(SortedSetDocValues values, Set<String> listedDims) throws IOException {
    boolean[] listed = new boolean[Math.toIntExact(values.getValueCount())];
    TermsEnum terms = values.termsEnum();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      listed[Math.toIntExact(terms.ord())] = listedDims.contains(FacetsConfig.stringToPath(term.utf8ToString())[0]);
    }
    return listed;
  }

  /** The label of each of the view's ordinals, so that no search looks labels up in doc values. */
  private static String[] labels(SortedSetDocValuesReaderState state) throws IOException {
    String[] labels = new String[state.getSize()];
    TermsEnum terms = state.getDocValues().termsEnum();
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      labels[Math.toIntExact(terms.ord())] = FacetsConfig.stringToPath(term.utf8ToString())[1];
    }
    return labels;
  }

  /** How many values the segments count by bitset, summed over the segments. */
  int frequentValues() {
    int values = 0;
    for (Segment segment : segments) {
      values += segment.frequent() == null ? 0 : segment.frequent().ords().length;
    }
    return values;
  }

  /** The label of one of the view's ordinals. */
  String label(int ord) {
    return labels[ord];
  }

  /** Counts for one searching thread, over the view's ordinals. */
  Tally tally(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    return new Tally(new int[state.getSize()], map);
  }

  /**
   * Counts hits' values, a segment at a time: in the segment's own ordinals, and only the values that
   * occur are then mapped to the view's ordinals. Mapping every value of every hit instead (as Lucene's
   * counts do for a few thousand hits and more) took a third of a search over the whole release.
   */
  final class Tally {
    /** Documents counted at a time when counting from a segment's marks (see {@link #count(int[], int)}). */
    private static final int BATCH = 256;

    private final int[] counts;
    private final OrdinalMap map;
    private final int[] batch = new int[BATCH];
    private LeafReaderContext leaf;
    private Segment values;
    private char[] narrowCombinations;
    private char[] narrowOrds;
    private int[] combinations;
    private int[] starts;
    private int[] ords;
    private int[] local;
    private int[] combinationCounts;
    /** Whether the segment's documents counted are those its hits leave out, not the hits. */
    private boolean complement;

    private Tally(int[] counts, OrdinalMap map) {
      this.counts = counts;
      this.map = map;
    }

    void segment(LeafReaderContext leaf) {
      this.leaf = leaf;
      this.values = segments[leaf.ord];
      this.narrowCombinations = values.narrowCombinations();
      this.narrowOrds = values.narrowOrds();
      this.combinations = values.combinations();
      this.starts = values.starts();
      this.ords = values.ords();
      // one segment: its ordinals are the view's
      this.local = map == null ? counts : new int[values.valueCount()];
      this.combinationCounts = new int[values.combinationValues().length];
      this.complement = false;
    }

    void count(int doc) {
      if (narrowOrds != null) {
        combinationCounts[narrowCombinations[doc]]++;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
          local[narrowOrds[i]]++;
        }
      } else {
        combinationCounts[combinations[doc]]++;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
          local[ords[i]]++;
        }
      }
    }

    /**
     * Counts the first {@code size} of {@code docs}; the loop for chars is written out (calling
     * {@link #count(int)} for each was some 4 % slower over the query mix).
     */
    void count(int[] docs, int size) {
      if (narrowOrds != null) {
        for (int d = 0; d < size; d++) {
          int doc = docs[d];
          combinationCounts[narrowCombinations[doc]]++;
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            local[narrowOrds[i]]++;
          }
        }
      } else {
        for (int d = 0; d < size; d++) {
          count(docs[d]);
        }
      }
    }

    /**
     * Counts the segment's hits, {@code hitCount} of them, marked a bit per document of the view in
     * {@code marks} (the segment's first document at {@code docBase}), and nothing else in this
     * segment. When the hits are most of the segment's live documents, the live documents they leave
     * out are counted instead and taken from the segment's counts over all its live documents: the same
     * counts, exactly, from fewer documents ({@code tag:PREL} matches three quarters of the release:
     * 4.78 → 3.24 ms a search on the full generated release, alternating in one process, load 3.5).
     */
    void countMarked(long[] marks, int docBase, int hitCount) {
      complement = hitCount > values.liveDocs() - hitCount;
      if (complement && local == counts) {
        local = new int[values.valueCount()];
      }
      int selected = complement ? values.liveDocs() - hitCount : hitCount;
      Frequent frequent = values.frequent();
      if (frequent != null && (long) selected * selectedShare >= values.liveDocs()) {
        countWithFrequent(marks, docBase, frequent);
        return;
      }
      long[] live = values.live();
      int size = 0;
      for (int word = 0; word < live.length; word++) {
        long bits = selected(marks, docBase, live, word);
        while (bits != 0) {
          batch[size++] = word << 6 | Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (size == BATCH) {
            count(batch, size);
            size = 0;
          }
        }
      }
      count(batch, size);
    }

    /**
     * The segment's documents counted, of the 64 from {@code word * 64}: its hits, or the live documents
     * they leave out. The last word of marks may hold the next segment's hits: live bits end with this one's.
     */
    private long selected(long[] marks, int docBase, long[] live, int word) {
      int at = (docBase >>> 6) + word;
      int shift = docBase & 63;
      long marked = marks[at] >>> shift;
      if (shift != 0 && at + 1 < marks.length) {
        marked |= marks[at + 1] << (64 - shift);
      }
      return complement ? live[word] & ~marked : live[word] & marked;
    }

    /** Counts the other values hit by hit, then each frequent value's documents among those counted. */
    private void countWithFrequent(long[] marks, int docBase, Frequent frequent) {
      long[] live = values.live();
      long[] counted = new long[live.length];
      int[] restStarts = frequent.restStarts();
      char[] restOrds = frequent.restOrds();
      for (int word = 0; word < live.length; word++) {
        long bits = selected(marks, docBase, live, word);
        counted[word] = bits;
        while (bits != 0) {
          int doc = word << 6 | Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          combinationCounts[narrowCombinations[doc]]++;
          for (int i = restStarts[doc], end = restStarts[doc + 1]; i < end; i++) {
            local[restOrds[i]]++;
          }
        }
      }
      FixedBitSet countedDocs = new FixedBitSet(counted, narrowCombinations.length);
      int[] ords = frequent.ords();
      for (int v = 0; v < ords.length; v++) {
        local[ords[v]] += (int) FixedBitSet.intersectionCount(countedDocs, frequent.docs()[v]);
      }
    }

    void finishSegment() {
      if (local == null) {
        return;
      }
      addCombinations(values.combinationValues(), combinationCounts, local);
      if (complement) {
        int[] all = values.liveCounts();
        for (int ord = 0; ord < local.length; ord++) {
          local[ord] = all[ord] - local[ord];
        }
      }
      if (map != null) {
        LongValues global = map.getGlobalOrds(leaf.ord);
        for (int ord = 0; ord < local.length; ord++) {
          if (local[ord] != 0) {
            counts[(int) global.get(ord)] += local[ord];
          }
        }
      } else if (local != counts) {
        for (int ord = 0; ord < local.length; ord++) {
          counts[ord] += local[ord];
        }
      }
      local = null;
      combinationCounts = null;
    }

    int[] counts() {
      return counts;
    }
  }
}
