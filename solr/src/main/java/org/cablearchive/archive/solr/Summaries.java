package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.time.Instant;
import org.apache.solr.common.SolrDocument;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;

/** Reads what a result list shows from a cable document's small fields (never the stored JSON). */
final class Summaries {
  private Summaries() {}

  static CableSummary of(SolrDocument doc) {
    Object classification = doc.getFirstValue(CLASSIFICATION_FACET);
    return new CableSummary(
        ReferenceId.of((String) doc.getFirstValue(KEY)),
        (String) doc.getFirstValue(SUBJECT_DISPLAY),
        instant(doc.getFirstValue(CREATED)),
        instant(doc.getFirstValue(RELEASED)),
        (String) doc.getFirstValue(ORIGIN_FACET),
        classification == null ? null : Classification.fromLabel((String) classification).orElse(null));
  }

  static int citedByCount(SolrDocument doc) {
    Object count = doc.getFirstValue(CITED_BY_COUNT);
    return count == null ? 0 : ((Number) count).intValue();
  }

  private static Instant instant(Object value) {
    return value == null ? null : Instant.ofEpochMilli(((Number) value).longValue());
  }
}
