package org.cablearchive.archive.lucene;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.QueryException;

/** The query for a facet selection: any of the selected values of one field. */
final class Selections {
  private Selections() {}

  static Query anyOf(FacetField field, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(one(field, value), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query one(FacetField field, String value) {
    return switch (field) {
      case ORIGIN -> keyword(IndexFields.ORIGIN, value);
      case TAG -> keyword(IndexFields.TAG, value);
      case CLASSIFICATION -> keyword(IndexFields.CLASSIFICATION, value);
      case HANDLING -> keyword(IndexFields.HANDLING, value);
      case YEAR, MONTH -> period(field, value);
    };
  }

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, IndexFields.keyword(value)));
  }

  /** A year ({@code 2009}) or month ({@code 2009-06}) as a range of the created date. */
  private static Query period(FacetField field, String value) {
    String shape = field == FacetField.YEAR ? "\\d{4}" : "\\d{4}-\\d{2}";
    PartialDate period = value.matches(shape) ? PartialDate.parse(value).orElse(null) : null;
    if (period == null) {
      throw new QueryException("'" + value + "' is not a " + field.key() + " (write "
          + (field == FacetField.YEAR ? "2009" : "2009-06") + ")", -1);
    }
    return LongPoint.newRangeQuery(IndexFields.CREATED, period.start(), period.end() - 1);
  }
}
