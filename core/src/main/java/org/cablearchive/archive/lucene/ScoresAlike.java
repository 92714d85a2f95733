package org.cablearchive.archive.lucene;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Whether every hit of a query scores the same, so that ordering its hits by relevance orders them by
 * ID ({@link IdOrder}). True of what names whole values, dates and patterns — a term of a field that
 * keeps neither frequencies nor lengths ({@code tag:}, {@code origin:}), a date range, a prefix or
 * wildcard (scored as a constant), every cable — and of such parts that are all required; never of
 * words of the text, optional parts beside others, fuzzy words or boosts.
 */
final class ScoresAlike {
  private ScoresAlike() {}

  static boolean of(Query query, FieldInfos fields) {
    if (query instanceof TermQuery term) {
      FieldInfo field = fields.fieldInfo(term.getTerm().field());
      return field == null || (field.getIndexOptions() == IndexOptions.DOCS && field.omitsNorms());
    }
    if (query instanceof PointRangeQuery || query instanceof ConstantScoreQuery
        || query instanceof MatchAllDocsQuery || query instanceof MatchNoDocsQuery) {
      return true;
    }
    if (query instanceof MultiTermQuery pattern) {
      MultiTermQuery.RewriteMethod rewrite = pattern.getRewriteMethod();
      return rewrite == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE || rewrite == MultiTermQuery.CONSTANT_SCORE_REWRITE
          || rewrite == MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE;
    }
    if (query instanceof BooleanQuery bool) {
      return allRequiredAlike(bool, fields);
    }
    return false;
  }

  /**
   * A hit's score is the sum of its scoring required parts' (excluded and filtering parts score
   * nothing), the same sum for every hit when each part scores alike. A lone optional part is required.
   */
  private static boolean allRequiredAlike(BooleanQuery bool, FieldInfos fields) {
    long optional = bool.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.SHOULD).count();
    long required = bool.clauses().stream().filter(c -> c.isRequired()).count();
    if (optional > 1 || (optional == 1 && required > 0) || bool.getMinimumNumberShouldMatch() > 1) {
      return false;
    }
    for (BooleanClause clause : bool.clauses()) {
      if (clause.isScoring() && !of(clause.getQuery(), fields)) {
        return false;
      }
    }
    return true;
  }
}
