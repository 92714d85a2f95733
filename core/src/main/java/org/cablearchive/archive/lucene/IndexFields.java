package org.cablearchive.archive.lucene;

import java.util.Locale;
import java.util.Set;

/**
 * The names of the index's fields. The index holds two kinds of documents: one searchable
 * <em>cable</em> document per published document (a cable under its reference ID, a section published
 * on its own under its published ID), holding its current release, and one stored-only <em>version</em>
 * document per other distinct text. Both carry the release fields ({@code version_*}).
 */
final class IndexFields {
  static final String KIND = "kind";
  static final String KIND_CABLE = "cable";
  static final String KIND_VERSION = "version";

  // cable documents: searchable (lower-cased keywords, analysed text)
  static final String ID = "id";
  /** The canonical ID of the telegram a document is or is a section of: how a telegram's parts are found. */
  static final String TELEGRAM = "telegram";
  static final String TEXT = "text";
  static final String SUBJECT = "subject";
  static final String ORIGIN = "origin";
  static final String TAG = "tag";
  static final String CLASSIFICATION = "classification";
  static final String HANDLING = "handling";
  static final String FROM = "from";
  static final String TO = "to";
  static final String INFO = "info";
  static final String SIGNER = "signer";
  static final String CLASSIFIED_BY = "classifiedby";
  static final String CITES = "cites";
  static final String CREATED = "created";
  static final String RELEASED = "released";

  // cable documents: doc values, read for result lists (never the stored blob); month_dv (and the
  // dates' doc values) for histograms and sorting, on version documents too so that they are dense
  static final String SUBJECT_DV = "subject_dv";
  static final String ORIGIN_DV = "origin_dv";
  static final String CLASSIFICATION_DV = "classification_dv";
  static final String MONTH_DV = "month_dv";
  /** The cable's structured fields for the network of people, posts and references ({@code CableFacts}). */
  static final String FACTS_DV = "facts_dv";
  /**
   * The cable's related cables as worked out once after an import ({@link StoredRelated}): written by a
   * doc-values update, never with the document, so that any rewrite of the document drops it.
   */
  static final String RELATED_DV = "related_dv";

  // cable documents: what the cable means to the archive's meaning model (StoredMeaning): its vector
  // in an HNSW graph, the name of the model, and its passages' vectors for choosing a hit's passage
  static final String MEANING = "meaning";
  static final String MEANING_MODEL = "meaning_model";
  static final String MEANING_PASSAGES = "meaning_passages";

  // every release (cable and version documents); version_of's doc values are also the ID that result
  // lists show and sort by
  static final String VERSION_OF = "version_of";
  /** The release's hash: its text's and its statement's ({@link TextHash#release}). */
  static final String VERSION_HASH = "version_hash";
  /** Its statement's hash ({@link org.cablearchive.archive.Statement#hash}): with the release's, the text's hash. */
  static final String VERSION_STATEMENT = "version_statement";
  static final String VERSION_RELEASED = "version_released";
  static final String VERSION_CABLE = "version_cable";
  /** 1 when the release date was given at import rather than stated by the source, else 0. */
  static final String VERSION_GIVEN = "version_given";
  /** The layout ({@link LuceneArchive#LAYOUT}) the release was stored in: what {@code reparse} has yet to do. */
  static final String VERSION_LAYOUT = "version_layout";

  /** Fields matched as whole values, case-insensitively. */
  static final Set<String> KEYWORDS = Set.of(ID, TELEGRAM, ORIGIN, TAG, CLASSIFICATION, HANDLING, CITES);
  /** Fields analysed into words. */
  static final Set<String> ANALYSED = Set.of(TEXT, SUBJECT, FROM, TO, INFO, SIGNER, CLASSIFIED_BY);
  /** Date fields, searched with (partial) date ranges. */
  static final Set<String> DATES = Set.of(CREATED, RELEASED);

  private IndexFields() {}

  static String keyword(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
