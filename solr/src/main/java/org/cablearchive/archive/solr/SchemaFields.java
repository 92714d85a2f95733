package org.cablearchive.archive.solr;

import java.util.Locale;

/**
 * The names of the collection's fields (configset/schema.xml). Searchable fields carry the embedded
 * archive's names so that queries are written the same way for both backends.
 */
final class SchemaFields {
  static final String KEY = "key";
  static final String KIND = "kind";
  static final String KIND_CABLE = "cable";
  static final String KIND_VERSION = "version";

  // cable documents: searchable
  static final String ID = "id";
  static final String TELEGRAM = "telegram";
  static final String TEXT = "text";
  static final String SUBJECT = "subject";
  static final String ORIGIN = "origin";
  static final String TAG = "tag";
  static final String CLASSIFICATION = "classification";
  static final String HANDLING = "handling";
  static final String CITES = "cites";
  static final String FROM = "from";
  static final String TO = "to";
  static final String INFO = "info";
  static final String SIGNER = "signer";
  static final String CLASSIFIED_BY = "classifiedby";
  static final String CREATED = "created";
  static final String RELEASED = "released";

  // cable documents: facets, sorting, result lists
  static final String ORIGIN_FACET = "origin_facet";
  static final String TAG_FACET = "tag_facet";
  static final String CLASSIFICATION_FACET = "classification_facet";
  static final String HANDLING_FACET = "handling_facet";
  static final String YEAR_FACET = "year_facet";
  static final String MONTH_FACET = "month_facet";
  static final String SUBJECT_DISPLAY = "subject_display";
  static final String CITED_BY_COUNT = "cited_by_count";
  static final String CURRENT_VERSION = "current_version";
  static final String MEANING = "meaning";
  static final String MEANING_MODEL = "meaning_model";
  static final String MEANING_PASSAGES = "meaning_passages";
  static final String FACTS = "facts";

  // version documents
  static final String VERSION_OF = "version_of";
  static final String VERSION_RELEASED = "version_released";
  static final String VERSION_GIVEN = "version_given";
  static final String VERSION_STATEMENT = "version_statement";

  // both
  static final String CABLE = "cable";

  /** What a result list reads for each cable (no stored JSON). */
  static final String SUMMARY_FIELDS = String.join(",", KEY, SUBJECT_DISPLAY, CREATED, RELEASED,
      ORIGIN_FACET, CLASSIFICATION_FACET, CITED_BY_COUNT, CURRENT_VERSION);

  private SchemaFields() {}

  /** The form keyword fields index, as the embedded archive writes it. */
  static String keyword(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  /** A value quoted for the Lucene query syntax: one whole term for a keyword field. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
