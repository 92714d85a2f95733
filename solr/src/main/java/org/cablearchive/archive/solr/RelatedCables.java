package org.cablearchive.archive.solr;

import org.cablearchive.archive.lucene.RelatedText;
import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.PriorityQueue;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.SolrDocument;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.RankFusion;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.model.Cable;

/**
 * The cables related to one cable, as the embedded archive relates them: by its words, by its meaning
 * (the cables whose stored vectors lie nearest its own), or both rankings fused.
 *
 * <p>By words is "more like this" as the embedded archive computes it with Lucene's {@code MoreLikeThis}: the words
 * of the cable that occur at least twice in it and in at least two cables but in no more than a tenth of
 * them ({@link RelatedText#MAX_DOC_FREQ_PERCENT}), weighted by frequency times
 * inverse document frequency over the whole collection, the best 25 ORed into a query. The document
 * frequencies come from the cluster in one request; they count live documents, where Lucene's also count
 * replaced ones not yet merged away, so rankings can differ where weights are close.
 */
final class RelatedCables {
  private static final int MIN_TERM_FREQ = 2;
  private static final int MIN_DOC_FREQ = 2;
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MAX_TOKENS_PARSED = RelatedText.MAX_TOKENS;
  private static final Analyzer WORDS = new StandardAnalyzer();
  /** How deep each ranking is read before fusing, as the embedded archive reads them. */
  private static final int FUSED_DEPTH = 50;

  private final SolrArchive archive;

  RelatedCables(SolrArchive archive) {
    this.archive = archive;
  }

  /**
   * @param stored the cable's document, with its meaning fields
   */
  List<CableSummary> of(Cable cable, SolrDocument stored, int limit, SearchMode by) throws IOException {
    Object vector = stored.getFieldValue(MEANING);
    boolean hasMeaning = archive.meaning() != null && vector != null
        && archive.meaning().name().equals(stored.getFirstValue(MEANING_MODEL));
    if (by == SearchMode.WORDS || !hasMeaning) {
      return like(cable, limit);
    }
    if (by == SearchMode.MEANING) {
      return nearest(cable, vector, limit);
    }
    List<CableSummary> words = like(cable, Math.max(limit, FUSED_DEPTH));
    List<CableSummary> meaning = nearest(cable, vector, Math.max(limit, FUSED_DEPTH));
    java.util.Map<String, CableSummary> byId = new java.util.HashMap<>();
    words.forEach(s -> byId.put(s.id().value(), s));
    meaning.forEach(s -> byId.put(s.id().value(), s));
    return RankFusion.fuse(limit, ids(words), ids(meaning)).stream().map(byId::get).toList();
  }

  private static List<String> ids(List<CableSummary> summaries) {
    return summaries.stream().map(s -> s.id().value()).toList();
  }

  /** The cables whose vectors (from the same model) lie nearest the cable's own, other than its telegram's documents. */
  private List<CableSummary> nearest(Cable cable, Object vector, int limit) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", MeaningSearch.knn(vector, limit + 1));
    params.add("fq", KIND + ":" + KIND_CABLE);
    params.add("fq", MEANING_MODEL + ":" + quoted(archive.meaning().name()));
    params.add("fq", "-" + TELEGRAM + ":" + quoted(keyword(cable.id().value())));
    params.add("fq", "-" + ID + ":" + quoted(keyword(cable.documentId().value())));
    params.set("fl", SUMMARY_FIELDS);
    params.set("rows", limit + 1);
    params.set("sort", "score desc," + KEY + " asc");
    return archive.query(params).getResults().stream().map(Summaries::of)
        .filter(s -> !s.id().equals(cable.id())).limit(limit).toList();
  }

  /** "More like this": the cable's rarer words ORed. */
  List<CableSummary> like(Cable cable, int limit) throws IOException {
    Map<String, Integer> frequencies = termFrequencies(RelatedText.of(cable));
    frequencies.values().removeIf(tf -> tf < MIN_TERM_FREQ);
    if (frequencies.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder similar = new BooleanQuery.Builder();
    interestingTerms(frequencies).forEach(word ->
        similar.add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD));
    BooleanQuery query = new BooleanQuery.Builder()
        .add(similar.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(ID, keyword(cable.documentId().value()))), BooleanClause.Occur.MUST_NOT)
        .add(new TermQuery(new Term(TELEGRAM, keyword(cable.id().value()))), BooleanClause.Occur.MUST_NOT)
        .build();
    QueryWriter.Written written = QueryWriter.write(query);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", written.q());
    written.params().forEach(params::set);
    params.set("fq", KIND + ":" + KIND_CABLE);
    params.set("fl", SUMMARY_FIELDS);
    params.set("rows", limit);
    params.set("sort", "score desc," + KEY + " asc");
    return archive.query(params).getResults().stream().map(Summaries::of).toList();
  }

  /**
   * The best words by tf × idf, chosen as {@code MoreLikeThis} chooses them (the same float scores, the
   * same bounded queue, words visited in the same hash order) so that ties fall the same way.
   */
  private List<String> interestingTerms(Map<String, Integer> frequencies) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    // the number of documents with words, as MoreLikeThis takes it: the cable documents
    params.set("fq", KIND + ":" + KIND_CABLE);
    params.set("rows", 0);
    params.set("facet", true);
    frequencies.keySet().forEach(word -> params.add("facet.query", docFreqQuery(word)));
    QueryResponse response = archive.query(params);
    long docCount = response.getResults().getNumFound();
    Map<String, Integer> docFreqs = response.getFacetQuery();
    int maxDocFreq = RelatedText.maxDocFreq(docCount);
    PriorityQueue<ScoredWord> best = new PriorityQueue<>(MAX_QUERY_TERMS) {
      @Override
      protected boolean lessThan(ScoredWord a, ScoredWord b) {
        return a.score() < b.score();
      }
    };
    frequencies.forEach((word, tf) -> {
      int df = docFreqs.getOrDefault(docFreqQuery(word), 0);
      if (df >= MIN_DOC_FREQ && df <= maxDocFreq) {
        float score = tf * (float) (Math.log((docCount + 1) / (double) (df + 1)) + 1.0);
        if (best.size() < MAX_QUERY_TERMS) {
          best.add(new ScoredWord(word, score));
        } else if (best.top().score() < score) {
          best.updateTop(new ScoredWord(word, score));
        }
      }
    });
    List<String> words = new ArrayList<>();
    for (ScoredWord w = best.pop(); w != null; w = best.pop()) {
      words.add(w.word());
    }
    return words;
  }

  private record ScoredWord(String word, float score) {}

  private static String docFreqQuery(String word) {
    return "{!term f=" + TEXT + "}" + word;
  }

  private static Map<String, Integer> termFrequencies(String text) {
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream tokens = WORDS.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      for (int parsed = 0; parsed < MAX_TOKENS_PARSED && tokens.incrementToken(); parsed++) {
        frequencies.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frequencies;
  }
}
