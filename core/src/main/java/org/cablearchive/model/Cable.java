package org.cablearchive.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One release of one cable, with every field the parser found. The header and body are kept
 * verbatim; what could not be read is listed in {@code problems}. The JSON form is documented in
 * docs/cable-json.md.
 *
 * <p>{@code released} is the date the source states, or, when it states none, the one given at import
 * ({@code releasedGiven}): a date given is the importer's word for a whole file, a date stated is the
 * release's own.
 */
public record Cable(
    ReferenceId id,
    String idAsPublished,
    boolean part,
    Instant created,
    Instant released,
    boolean releasedGiven,
    Classification classification,
    String origin,
    String subject,
    String subjectMarking,
    List<String> tags,
    List<Reference> references,
    String transmissionId,
    Precedence precedence,
    DateTimeGroup dateTimeGroup,
    List<Addressee> from,
    List<Addressee> to,
    List<Addressee> info,
    List<String> handling,
    Section section,
    LocalDate declassifyOn,
    String classifiedBy,
    String classifiedByTitle,
    List<String> classificationReasons,
    List<String> signers,
    String summary,
    List<Paragraph> paragraphs,
    List<Heading> headings,
    List<String> articles,
    boolean partial,
    String header,
    String body,
    List<Problem> problems,
    SourceLocation source) {

  public Cable {
    tags = copy(tags);
    references = copy(references);
    from = copy(from);
    to = copy(to);
    info = copy(info);
    handling = copy(handling);
    classificationReasons = copy(classificationReasons);
    signers = copy(signers);
    paragraphs = paragraphs instanceof Paragraphs kept ? kept : copy(paragraphs); // unmodifiable, and copying reads every text
    headings = copy(headings);
    articles = copy(articles);
    problems = copy(problems);
    header = header == null ? "" : header;
    body = body == null ? "" : body;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The IDs of the cables this one cites, in order, without repeats. */
  public List<ReferenceId> citedIds() {
    return references.stream().map(Reference::id).filter(Objects::nonNull).distinct().toList();
  }

  /**
   * The ID this published document is kept and found under: its published spelling when it is one
   * section of the telegram published on its own ({@code 08SCTION02OF02SAOPAULO335}), else {@code id}.
   */
  public ReferenceId documentId() {
    return part && idAsPublished != null && ReferenceId.isCanonical(idAsPublished) ? ReferenceId.of(idAsPublished) : id;
  }

  /** A copy released at {@code date}, stated by the source or given at import ({@code given}). */
  public Cable withReleased(Instant date, boolean given) {
    return new Cable(id, idAsPublished, part, created, date, given, classification, origin, subject, subjectMarking,
        tags, references, transmissionId, precedence, dateTimeGroup, from, to, info, handling, section, declassifyOn,
        classifiedBy, classifiedByTitle, classificationReasons, signers, summary, paragraphs, headings, articles,
        partial, header, body, problems, source);
  }

  /** A copy with other problems (the same text read again, its problems' lines restored). */
  public Cable withProblems(List<Problem> newProblems) {
    return new Cable(id, idAsPublished, part, created, released, releasedGiven, classification, origin, subject,
        subjectMarking, tags, references, transmissionId, precedence, dateTimeGroup, from, to, info, handling, section,
        declassifyOn, classifiedBy, classifiedByTitle, classificationReasons, signers, summary, paragraphs, headings,
        articles, partial, header, body, newProblems, source);
  }

  /** A copy with another source location (the same text read again from elsewhere). */
  public Cable withSource(SourceLocation newSource) {
    return new Cable(id, idAsPublished, part, created, released, releasedGiven, classification, origin, subject, subjectMarking, tags,
        references, transmissionId, precedence, dateTimeGroup, from, to, info, handling, section, declassifyOn,
        classifiedBy, classifiedByTitle, classificationReasons, signers, summary, paragraphs, headings, articles,
        partial, header, body, problems, newSource);
  }
}
