package org.cablearchive.archive.lucene;

import static org.cablearchive.archive.lucene.IndexFields.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableFacts;

/** Maps a cable to its two kinds of index documents (see {@link IndexFields}). */
final class CableDocuments {
  private final FacetsConfig facets;

  CableDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** Names: words to find, but too short for their length to matter to relevance (no norms). */
  private static final FieldType NAME = nameType();

  private static FieldType nameType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /**
   * The facet configuration every document of the archive is built with. Facets are counted from doc
   * values only: drilling down uses the keyword and date fields, so no drill-down terms are indexed.
   */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FacetField.TAG.key(), true);
    config.setMultiValued(FacetField.HANDLING.key(), true);
    for (FacetField field : FacetField.values()) {
      config.setDrillDownTermsIndexing(field.key(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /**
   * The stored-only document of a release that is not current. It has no terms or points a search can
   * name, but empty text fields and its month, so that norms and months are dense: a search reads a
   * dense field at a document directly, a sparse one through a look-up for every hit. (Its dates'
   * doc values would need their points too: Lucene wants a field alike in every document.)
   */
  Document version(Cable cable, long hash, BytesRef stored) {
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_VERSION, Field.Store.NO));
    addRelease(doc, cable, hash, stored);
    doc.add(new TextField(SUBJECT, "", Field.Store.NO));
    doc.add(new TextField(TEXT, "", Field.Store.NO));
    addMonth(doc, cable.created());
    return doc;
  }

  /** The searchable document of a cable's current version, which also holds that release. */
  Document current(Cable cable, long hash, BytesRef stored) throws java.io.IOException {
    return current(cable, hash, stored, null, null);
  }

  /**
   * The searchable document of a cable's current version with what it means to {@code model} (its
   * vectors as {@link StoredMeaning} stores them), or without when {@code meaning} is null.
   */
  Document current(Cable cable, long hash, BytesRef stored, String model, CableMeaning meaning) throws java.io.IOException {
    Document doc = new Document();
    if (meaning != null) {
      doc.add(new KnnByteVectorField(MEANING, StoredMeaning.vector(meaning.vector()), VectorSimilarityFunction.DOT_PRODUCT));
      doc.add(new StringField(MEANING_MODEL, model, Field.Store.NO));
      doc.add(new BinaryDocValuesField(MEANING_PASSAGES, new BytesRef(StoredMeaning.passages(meaning.passages()))));
    }
    doc.add(new StringField(KIND, KIND_CABLE, Field.Store.NO));
    addRelease(doc, cable, hash, stored);
    doc.add(new StringField(ID, keyword(cable.documentId().value()), Field.Store.NO));
    doc.add(new StringField(TELEGRAM, keyword(cable.id().value()), Field.Store.NO));
    String subject = cable.subject() == null ? "" : cable.subject();
    doc.add(new TextField(SUBJECT, subject, Field.Store.NO));
    doc.add(new BinaryDocValuesField(SUBJECT_DV, new BytesRef(subject)));
    doc.add(new TextField(TEXT, subject, Field.Store.NO));
    doc.add(new TextField(TEXT, cable.body(), Field.Store.NO));
    addDate(doc, CREATED, cable.created());
    addDate(doc, RELEASED, cable.released());
    addMonth(doc, cable.created());
    addCreatedFacets(doc, cable.created());
    if (notBlank(cable.origin())) {
      doc.add(new StringField(ORIGIN, keyword(cable.origin()), Field.Store.NO));
      doc.add(new SortedDocValuesField(ORIGIN_DV, new BytesRef(cable.origin())));
      doc.add(new SortedSetDocValuesFacetField(FacetField.ORIGIN.key(), cable.origin()));
    }
    if (cable.classification() != null) {
      String label = cable.classification().label();
      doc.add(new StringField(CLASSIFICATION, keyword(label), Field.Store.NO));
      doc.add(new SortedDocValuesField(CLASSIFICATION_DV, new BytesRef(cable.classification().name())));
      doc.add(new SortedSetDocValuesFacetField(FacetField.CLASSIFICATION.key(), label));
    }
    addKeywords(doc, TAG, FacetField.TAG, cable.tags());
    addKeywords(doc, HANDLING, FacetField.HANDLING, cable.handling());
    for (ReferenceId cited : cable.citedIds()) {
      doc.add(new StringField(CITES, keyword(cited.value()), Field.Store.NO));
    }
    addNames(doc, FROM, cable.from());
    addNames(doc, TO, cable.to());
    addNames(doc, INFO, cable.info());
    for (String signer : cable.signers()) {
      doc.add(new Field(SIGNER, signer, NAME));
    }
    if (notBlank(cable.classifiedBy())) {
      doc.add(new Field(CLASSIFIED_BY, cable.classifiedBy(), NAME));
    }
    doc.add(new BinaryDocValuesField(FACTS_DV, new BytesRef(CableFacts.of(cable).encode())));
    return facets.build(doc);
  }

  /**
   * What every release carries: the ID of its document, its hash and its statement's, release date (and whether it was
   * given), the layout it was stored in and the whole cable ({@link CableCodec}).
   */
  private static void addRelease(Document doc, Cable cable, long hash, BytesRef stored) {
    String id = cable.documentId().value();
    doc.add(new StringField(VERSION_OF, id, Field.Store.NO));
    doc.add(new SortedDocValuesField(VERSION_OF, new BytesRef(id)));
    doc.add(new NumericDocValuesField(VERSION_HASH, hash));
    doc.add(new NumericDocValuesField(VERSION_STATEMENT, Statement.of(cable).hash()));
    doc.add(new NumericDocValuesField(VERSION_RELEASED, Releases.epochMillis(cable.released())));
    doc.add(new NumericDocValuesField(VERSION_GIVEN, cable.releasedGiven() ? 1 : 0));
    doc.add(new NumericDocValuesField(VERSION_LAYOUT, LuceneArchive.LAYOUT_NUMBER));
    doc.add(new StoredField(VERSION_CABLE, stored));
  }

  /** A date to search by range (points) and to sort by (doc values). */
  private static void addDate(Document doc, String field, Instant instant) {
    if (instant != null) {
      doc.add(new LongPoint(field, instant.toEpochMilli()));
      doc.add(new NumericDocValuesField(field, instant.toEpochMilli()));
    }
  }

  /** The month created, for histograms. */
  private static void addMonth(Document doc, Instant created) {
    if (created != null) {
      doc.add(new NumericDocValuesField(MONTH_DV, month(created)));
    }
  }

  private static void addCreatedFacets(Document doc, Instant created) {
    if (created != null) {
      doc.add(new SortedSetDocValuesFacetField(FacetField.YEAR.key(), Integer.toString(created.atZone(ZoneOffset.UTC).getYear())));
      doc.add(new SortedSetDocValuesFacetField(FacetField.MONTH.key(), Months.key(month(created))));
    }
  }

  private static long month(Instant instant) {
    ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
    return Months.index(utc.getYear(), utc.getMonthValue());
  }

  private static void addKeywords(Document doc, String field, FacetField facet, List<String> values) {
    List<String> seen = new ArrayList<>();
    for (String value : values) {
      if (notBlank(value) && !seen.contains(value.trim())) {
        seen.add(value.trim());
        doc.add(new StringField(field, keyword(value), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet.key(), value.trim()));
      }
    }
  }

  private static void addNames(Document doc, String field, List<Addressee> addressees) {
    for (Addressee a : addressees) {
      if (notBlank(a.name())) {
        doc.add(new Field(field, a.name(), NAME));
      }
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
