package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.RankFusion;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/**
 * The cables related to one cable, in one view of the index: by its words ("more like this" on its
 * subject and opening), by its meaning (the cables whose vectors lie nearest its own), or both rankings
 * fused. Works out one cable's list at a time, so that a list can be shown as a page is asked for, or
 * worked out once per cable and kept.
 */
final class RelatedCables {
  /** How deep each ranking is read before fusing: a related cable from lower down rarely reaches the top. */
  static final int FUSED_DEPTH = 50;

  private final ArchiveSearcher searcher;
  private final Analyzer analyzer;
  private final Query meaningModel;
  private final String modelName;

  /** @param meaningModel the name of the archive's meaning model, or null to relate by words only */
  RelatedCables(ArchiveSearcher searcher, Analyzer analyzer, String meaningModel) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.meaningModel = meaningModel == null ? null : new TermQuery(new Term(IndexFields.MEANING_MODEL, meaningModel));
    this.modelName = meaningModel;
  }

  /** The documents of the cables related to {@code id}, best first; none when the archive does not hold it. */
  List<Integer> of(ReferenceId id, int limit, SearchMode by) throws IOException {
    int doc = cableDocument(id);
    if (doc < 0 || limit <= 0) {
      return List.of();
    }
    byte[] vector = by == SearchMode.WORDS || meaningModel == null ? null : vector(doc);
    if (vector == null) {
      return byWords(doc, id, limit);
    }
    if (by == SearchMode.MEANING) {
      return byMeaning(doc, vector, limit);
    }
    return RankFusion.fuse(limit, byWords(doc, id, Math.max(limit, FUSED_DEPTH)), byMeaning(doc, vector, Math.max(limit, FUSED_DEPTH)));
  }

  /**
   * How a cable document's list is worked out by {@link Archive#RELATED_BY} here: the name of the model
   * whose vector of the cable is fused with its words, or empty for its words alone.
   */
  String way(int doc) throws IOException {
    return meaningModel != null && vector(doc) != null ? modelName : "";
  }

  /** The cable document kept under {@code id} in this view, or -1. */
  int cableDocument(ReferenceId id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, IndexFields.keyword(id.value()))), 1);
    return found.scoreDocs.length == 0 ? -1 : found.scoreDocs[0].doc;
  }

  /**
   * The words of the cable's subject and opening, as a disjunction of its rarer words, without the
   * documents of its telegram (the cable itself, and the telegram's text and sections published on their own).
   */
  private List<Integer> byWords(int doc, ReferenceId id, int limit) throws IOException {
    Cable cable = StoredVersions.cable(searcher.storedFields(), doc);
    MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
    like.setAnalyzer(analyzer);
    like.setFieldNames(new String[] {IndexFields.TEXT});
    like.setMinTermFreq(2);
    like.setMinDocFreq(2);
    like.setMaxQueryTerms(25);
    like.setMaxNumTokensParsed(RelatedText.MAX_TOKENS);
    like.setMaxDocFreq(RelatedText.maxDocFreq(searcher.getIndexReader().getDocCount(IndexFields.TEXT)));
    Query similar = like.like(IndexFields.TEXT, new StringReader(RelatedText.of(cable)));
    return docs(searcher.search(otherThan(id, cable.id(), similar), limit));
  }

  /**
   * The similar-words query without the documents of the cable's telegram. Only cable documents hold words, so no filter
   * on the kind of document is needed, and the words stay a plain disjunction, whose documents that
   * cannot reach the top Lucene skips.
   */
  private static Query otherThan(ReferenceId id, ReferenceId telegram, Query similar) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (similar instanceof BooleanQuery words) {
      words.clauses().forEach(query::add);
    } else {
      query.add(similar, BooleanClause.Occur.SHOULD);
    }
    return query
        .add(new TermQuery(new Term(IndexFields.ID, IndexFields.keyword(id.value()))), BooleanClause.Occur.MUST_NOT)
        .add(sameTelegram(telegram), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static Query sameTelegram(ReferenceId telegram) {
    return new TermQuery(new Term(IndexFields.TELEGRAM, IndexFields.keyword(telegram.value())));
  }

  /** The cables whose vectors (from the same model) lie nearest the cable's own, other than its telegram's documents. */
  private List<Integer> byMeaning(int doc, byte[] vector, int limit) throws IOException {
    Query notTelegram = new BooleanQuery.Builder()
        .add(meaningModel, BooleanClause.Occur.FILTER)
        .add(sameTelegram(StoredVersions.cable(searcher.storedFields(), doc).id()), BooleanClause.Occur.MUST_NOT)
        .build();
    List<Integer> nearest = docs(searcher.search(
        new KnnByteVectorQuery(IndexFields.MEANING, vector, limit + 1, notTelegram), limit + 1));
    List<Integer> others = new ArrayList<>(nearest);
    others.remove(Integer.valueOf(doc));
    return others.size() > limit ? others.subList(0, limit) : others;
  }

  /** The stored vector of a cable document, or null when it has none from the archive's model. */
  private byte[] vector(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int inLeaf = doc - leaf.docBase;
    Scorer ofModel = searcher.createWeight(searcher.rewrite(meaningModel), ScoreMode.COMPLETE_NO_SCORES, 1).scorer(leaf);
    ByteVectorValues vectors = leaf.reader().getByteVectorValues(IndexFields.MEANING);
    if (ofModel == null || ofModel.iterator().advance(inLeaf) != inLeaf || vectors == null || vectors.advance(inLeaf) != inLeaf) {
      return null;
    }
    return vectors.vectorValue().clone();
  }

  private static List<Integer> docs(TopDocs top) {
    List<Integer> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc d : top.scoreDocs) {
      docs.add(d.doc);
    }
    return docs;
  }
}
