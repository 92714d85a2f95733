package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableFacts;

/** Maps a cable to the collection's two kinds of documents (see configset/schema.xml). */
final class CableDocuments {
  private CableDocuments() {}

  /** The stored-only document of one release. */
  static SolrInputDocument version(Cable cable, Release release) {
    SolrInputDocument doc = new SolrInputDocument();
    String id = cable.documentId().value();
    doc.setField(KEY, release.versionKey(id));
    doc.setField(KIND, KIND_VERSION);
    doc.setField(VERSION_OF, id);
    doc.setField(VERSION_RELEASED, release.released());
    doc.setField(VERSION_GIVEN, release.given() ? 1L : 0L);
    doc.setField(VERSION_STATEMENT, release.statement());
    doc.setField(CABLE, CableJson.write(cable));
    return doc;
  }

  /**
   * The searchable document of a published document's current version (its text is in the version
   * document), kept under its {@link Cable#documentId()}.
   */
  static SolrInputDocument current(Cable cable, Release release) {
    return current(cable, release, null, null);
  }

  /**
   * The searchable document of a cable's current version with what it means to {@code model}, as
   * {@link StoredMeaning} stores it, or without when {@code meaning} is null.
   */
  static SolrInputDocument current(Cable cable, Release release, String model, CableMeaning meaning) {
    SolrInputDocument doc = new SolrInputDocument();
    if (meaning != null) {
      List<Integer> vector = new java.util.ArrayList<>();
      for (byte b : StoredMeaning.vector(meaning.vector())) {
        vector.add((int) b);
      }
      doc.setField(MEANING, vector);
      doc.setField(MEANING_MODEL, model);
      doc.setField(MEANING_PASSAGES, java.util.Base64.getEncoder().encodeToString(StoredMeaning.passages(meaning.passages())));
    }
    String id = cable.documentId().value();
    doc.setField(KEY, id);
    doc.setField(KIND, KIND_CABLE);
    doc.setField(ID, id);
    doc.setField(TELEGRAM, cable.id().value());
    String subject = cable.subject() == null ? "" : cable.subject();
    doc.setField(SUBJECT, subject);
    doc.setField(SUBJECT_DISPLAY, subject);
    doc.addField(TEXT, subject);
    doc.addField(TEXT, cable.body());
    addCreated(doc, cable.created());
    if (cable.released() != null) {
      doc.setField(RELEASED, cable.released().toEpochMilli());
    }
    if (notBlank(cable.origin())) {
      doc.setField(ORIGIN, cable.origin().trim());
      doc.setField(ORIGIN_FACET, cable.origin());
    }
    if (cable.classification() != null) {
      doc.setField(CLASSIFICATION, cable.classification().label());
      doc.setField(CLASSIFICATION_FACET, cable.classification().label());
    }
    addKeywords(doc, TAG, TAG_FACET, cable.tags());
    addKeywords(doc, HANDLING, HANDLING_FACET, cable.handling());
    for (ReferenceId cited : cable.citedIds()) {
      doc.addField(CITES, cited.value());
    }
    addNames(doc, FROM, cable.from());
    addNames(doc, TO, cable.to());
    addNames(doc, INFO, cable.info());
    cable.signers().forEach(signer -> doc.addField(SIGNER, signer));
    if (notBlank(cable.classifiedBy())) {
      doc.setField(CLASSIFIED_BY, cable.classifiedBy());
    }
    doc.setField(CURRENT_VERSION, release.versionKey(id));
    doc.setField(FACTS, java.util.Base64.getEncoder().encodeToString(CableFacts.of(cable).encode()));
    return doc;
  }

  private static void addCreated(SolrInputDocument doc, Instant created) {
    if (created == null) {
      return;
    }
    doc.setField(CREATED, created.toEpochMilli());
    ZonedDateTime utc = created.atZone(ZoneOffset.UTC);
    doc.setField(YEAR_FACET, String.format("%04d", utc.getYear()));
    doc.setField(MONTH_FACET, String.format("%04d-%02d", utc.getYear(), utc.getMonthValue()));
  }

  /** Keyword values once each, trimmed, as the embedded archive indexes them. */
  private static void addKeywords(SolrInputDocument doc, String field, String facetField, List<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String value : values) {
      if (notBlank(value) && seen.add(value.trim())) {
        doc.addField(field, value.trim());
        doc.addField(facetField, value.trim());
      }
    }
  }

  private static void addNames(SolrInputDocument doc, String field, List<Addressee> addressees) {
    for (Addressee a : addressees) {
      if (notBlank(a.name())) {
        doc.addField(field, a.name());
      }
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
