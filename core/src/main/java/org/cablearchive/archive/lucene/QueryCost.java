package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.cablearchive.archive.QueryException;

/**
 * What a search will cost, counted before it runs from the index's own statistics.
 *
 * <p>It counts what Lucene may read: every posting a word may visit (its document frequency), every
 * position a phrase may check, every term a pattern ({@code * ? ~ /regex/}) expands to with its
 * postings, and every document for a part of a query that is not words (every cable, a date range).
 * A phrase checks positions only in the documents holding all its words, and there at most as many as
 * its words occur (once for every place a word has in the phrase: Lucene reads a word's positions once
 * per place). The total frequencies of its words bound that from the term statistics alone; when that
 * bound is too large, the documents holding all the words are looked at first, their postings read
 * once with each word's frequency in them, which gives the positions exactly (a phrase of common words
 * with a rare one is cheap, however common the common ones). These {@link Cost#reads} are upper bounds
 * of what a search reads (a test counts what searches actually read and compares).
 *
 * <p>The limit is on {@link Cost#units}, the reads weighed by what each kind took in nanoseconds of
 * processor time on the full release, on a busy two-core machine (measured with {@code CostlyQueryBench};
 * see docs/benchmarks.md): a position of a phrase with a slop is checked against the others through a queue,
 * a pattern's postings are gathered term by term, and a page of snippets tokenises each hit's text and
 * marks every word it finds (how many, the words' frequencies tell). A search that ranks and then counts
 * reads its query twice. Collecting the hits themselves (their facets, months and order) is not counted:
 * it is bounded by the size of the archive, whatever the query.
 */
final class QueryCost {
  /**
   * The units a search may cost: what admits the costliest phrase people write (two of the commonest
   * words, {@code "of the"}) on the full release.
   */
  static final long MAX = 800_000_000L;
  static final long POSTING = 4;
  static final long POSITION = 12;
  static final long SLOPPY_POSITION = 40;
  static final long PATTERN_POSTING = 100;
  /** A snippet's tokenising of a hit's text, per word of it, and its marking of a word found. */
  static final long SNIPPET_WORD = 200;
  static final long SNIPPET_MATCH = 3500;

  /**
   * What a search costs.
   *
   * @param reads postings and positions the query may read, all passes counted
   * @param units the reads weighed, and a page of snippets
   * @param costliestPart the part of the query costing most, in words
   * @param costliestUnits what that part costs
   */
  record Cost(long reads, long units, String costliestPart, long costliestUnits) {
    /**
     * The costliest part and its cost, in words: formatted only for a search that is refused (formatting
     * it for every search was 1.3 % of the query mix's processor time).
     */
    String costliest() {
      return "the costliest part is " + costliestPart + ", " + millions(costliestUnits);
    }
  }

  private QueryCost() {}

  /**
   * The cost of a search of {@code query} reading it {@code passes} times, with snippets for at most
   * {@code snippetHits} hits (0 for none). Past {@code max} units, a pattern's terms stop being counted
   * (counting them is work too).
   */
  static Cost of(IndexReader reader, Query query, int passes, int snippetHits, long max) throws IOException {
    Counter counter = new Counter(reader, max);
    try {
      visit(query, counter);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int hits = counter.hitsAtMost(snippetHits);
    long snippets = hits == 0 ? 0 : counter.snippetUnits(hits);
    if (snippets > counter.costliestUnits) {
      counter.note(snippets, "the snippets of " + hits + " hits");
    }
    return new Cost(counter.reads * passes + counter.lookReads,
        saturated((double) counter.units * passes + counter.lookUnits + snippets), counter.costliest, counter.costliestUnits);
  }

  /**
   * Refuses a search costing more than {@code max} units, naming what makes it costly.
   *
   * @throws QueryException when the search would cost more
   */
  static void check(Cost cost, long max) {
    if (cost.units() > max) {
      throw new QueryException(String.format(Locale.ROOT,
          "the search would cost %s units of work, more than the %s a search may (%s); use fewer common words,"
              + " a smaller ~slop or fewer patterns, add a rarer word, a field or a date range, or ask for fewer hits",
          millions(cost.units()), millions(max), cost.costliest()), -1);
    }
  }

  /** A drill-down query names its base query and selections only to itself: each is counted. */
  private static void visit(Query query, Counter counter) {
    if (query instanceof DrillDownQuery drillDown) {
      visit(drillDown.getBaseQuery(), counter);
      for (Query selection : drillDown.getDrillDownQueries()) {
        visit(selection, counter);
      }
    } else {
      query.visit(counter);
    }
  }

  private static long saturated(double units) {
    return units >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) units;
  }

  private static String millions(long units) {
    return units >= 10_000_000 ? String.format(Locale.ROOT, "%,d million", units / 1_000_000)
        : String.format(Locale.ROOT, "%,d", units);
  }

  /** Adds up every part of a query, excluded parts too (Lucene reads their postings to exclude). */
  private static final class Counter extends QueryVisitor {
    private final IndexReader reader;
    private final long max;
    private long reads;
    private long units;
    /** What looking at phrases' documents before the search reads and costs (once, whatever the passes). */
    private long lookReads;
    private long lookUnits;
    /** Positions of the text's words the query looks for: how often a snippet finds one. */
    private long wordsFound;
    /** The documents holding any of the query's words, counted once per word: no more can match. */
    private long documentsWithAWord;
    /** Whether every part of the query named its words (no pattern, no other leaf), so that the count above bounds the hits. */
    private boolean wordsOnly = true;
    private long costliestUnits;
    private String costliest = "";
    /** Each field's terms in each segment, kept while the query is visited (see {@link #counts}). */
    private final Map<String, TermsEnum[]> termsOf = new HashMap<>();

    Counter(IndexReader reader, long max) {
      this.reader = reader;
      this.max = max;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      try {
        int slop = query instanceof PhraseQuery p ? p.getSlop() : query instanceof MultiPhraseQuery m ? m.getSlop() : -1;
        long postings = 0;
        long positions = 0;
        for (Term term : terms) {
          long[] counts = counts(term);
          postings += counts[0];
          documentsWithAWord += counts[0];
          long frequency = Math.max(0, counts[1]);
          positions += slop >= 0 ? frequency : 0;
          wordsFound += isText(term.field()) ? frequency : 0;
        }
        long perPosition = slop > 0 ? SLOPPY_POSITION : POSITION;
        if (query instanceof PhraseQuery phrase && units + postings * POSTING + positions * perPosition > max
            && units + lookUnits + 2 * postings * POSTING <= max) {
          positions = positionsInDocumentsWithEveryWord(phrase);
          lookReads += postings;
          lookUnits += postings * POSTING;
        }
        add(postings + positions, postings * POSTING + positions * perPosition, slop > 0 ? "a phrase with a slop of " + slop
            : slop == 0 ? "a phrase" : "the word " + terms[0].text() + (terms.length > 1 ? " and others" : ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * How many documents hold {@code term}, and how often it occurs in them: one look-up in each segment
     * for both, in the field's terms opened once per segment for the whole query. Asking the reader for
     * each count looked the word up twice in every segment, opening the field's terms anew each time:
     * on the full release (twenty segments) that was a third of a person's mention search.
     */
    private long[] counts(Term term) throws IOException {
      TermsEnum[] segments = termsOf.get(term.field());
      if (segments == null) {
        List<LeafReaderContext> leaves = reader.leaves();
        segments = new TermsEnum[leaves.size()];
        for (int i = 0; i < segments.length; i++) {
          Terms terms = leaves.get(i).reader().terms(term.field());
          segments[i] = terms == null ? null : terms.iterator();
        }
        termsOf.put(term.field(), segments);
      }
      long documents = 0;
      long occurrences = 0;
      for (TermsEnum segment : segments) {
        if (segment != null && segment.seekExact(term.bytes())) {
          documents += segment.docFreq();
          occurrences += segment.totalTermFreq();
        }
      }
      return new long[] {documents, occurrences};
    }

    /** The positions of a phrase's words (each place counted) in the documents holding every one of them. */
    private long positionsInDocumentsWithEveryWord(PhraseQuery phrase) throws IOException {
      long positions = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(phrase.getField());
        if (terms == null) {
          continue;
        }
        List<PostingsEnum> words = new ArrayList<>();
        for (Term term : phrase.getTerms()) {
          TermsEnum word = terms.iterator();
          if (!word.seekExact(term.bytes())) {
            words.clear();
            break;
          }
          words.add(word.postings(null, PostingsEnum.FREQS));
        }
        if (words.isEmpty()) {
          continue;
        }
        DocIdSetIterator everyWord = ConjunctionUtils.intersectIterators(words);
        for (int doc = everyWord.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = everyWord.nextDoc()) {
          for (PostingsEnum word : words) {
            positions += word.freq();
          }
        }
      }
      return positions;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      wordsOnly = false;
      if (!(query instanceof MultiTermQuery pattern)) {
        visitLeaf(query);
        return;
      }
      try {
        long postings = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(field);
          if (terms == null) {
            continue;
          }
          TermsEnum matching = pattern.getTermsEnum(terms);
          while (units + postings * PATTERN_POSTING <= max && matching.next() != null) {
            postings += 1 + matching.docFreq();
            wordsFound += isText(field) ? Math.max(0, matching.totalTermFreq()) : 0;
          }
        }
        add(postings, postings * PATTERN_POSTING, "the pattern " + query.toString(field));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void visitLeaf(Query query) {
      wordsOnly = false;
      add(reader.maxDoc(), reader.maxDoc() * POSTING, "every cable");
    }

    private static boolean isText(String field) {
      return field.equals(IndexFields.TEXT) || field.equals(IndexFields.SUBJECT);
    }

    /**
     * The hits a page of {@code hits} can hold: no more than the documents holding one of the query's
     * words, when it names its words (a rare word in a few large cables must not be charged a full page).
     */
    int hitsAtMost(int hits) {
      return wordsOnly && documentsWithAWord > 0 ? (int) Math.min(hits, documentsWithAWord) : hits;
    }

    /** Snippets tokenise each hit's text (the average cable's words) and mark the words found in it. */
    long snippetUnits(int hits) throws IOException {
      long words = Math.max(0, reader.getSumTotalTermFreq(IndexFields.TEXT));
      int cables = Math.max(1, reader.getDocCount(IndexFields.TEXT));
      double wordsPerCable = (double) words / cables;
      double found = words == 0 ? 0 : Math.min(1, (double) wordsFound / words);
      return saturated(Math.min(hits, cables) * wordsPerCable * (SNIPPET_WORD + SNIPPET_MATCH * found));
    }

    private void add(long read, long cost, String part) {
      reads += read;
      units += cost;
      note(cost, part);
    }

    void note(long cost, String part) {
      if (cost > costliestUnits) {
        costliestUnits = cost;
        costliest = part;
      }
    }
  }
}
