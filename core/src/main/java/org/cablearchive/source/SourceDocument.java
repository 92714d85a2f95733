package org.cablearchive.source;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceLocation;

/**
 * One cable as a source states it, before the telegram is interpreted. Fields the source does
 * not state are null (or empty lists); the telegram parser fills them from the header and body.
 *
 * @param location where the cable was read
 * @param idAsPublished the reference ID as the source spells it (page table, CSV column, file name)
 * @param created when the cable was sent, as the source states it
 * @param released when it was released, as the source states it
 * @param classification as the source states it
 * @param origin the sending post, e.g. {@code Embassy Mexico}
 * @param title the subject as the page's heading shows it ("Viewing cable X, SUBJECT")
 * @param citedIds IDs from the source's own references column (cables.csv), as spelled there
 * @param articles press links ("Appears in these articles")
 * @param header the transmission header, verbatim (empty when absent)
 * @param body the body, verbatim, with page markup removed
 * @param bodyLine the source line on which the body starts, so that problems can name lines
 * @param problems what the reader noticed (missing columns, unreadable dates)
 */
public record SourceDocument(
    SourceLocation location,
    String idAsPublished,
    Instant created,
    Instant released,
    Classification classification,
    String origin,
    String title,
    List<String> citedIds,
    List<String> articles,
    String header,
    String body,
    int bodyLine,
    List<Problem> problems)
    implements SourceItem {

  /**
   * The codes of the problems the source readers report about a source (the telegram parser reports
   * problems of the text, under codes of its own, though {@code UNREADABLE_DATE} is used by both).
   */
  public static final Set<String> READER_PROBLEMS = Set.of("NO_TABLE", "NO_BODY", "NO_HEADER", "NO_ID",
      "UNKNOWN_CLASSIFICATION", "UNKNOWN_COLUMN", "UNREADABLE_DATE", "NO_REFERENCE_ID", "UNREADABLE_CREATED",
      "UNREADABLE_RELEASED", "NOT_UTF8");

  public SourceDocument {
    citedIds = citedIds == null ? List.of() : List.copyOf(citedIds);
    articles = articles == null ? List.of() : List.copyOf(articles);
    problems = problems == null ? List.of() : List.copyOf(problems);
    header = header == null ? "" : header;
    body = body == null ? "" : body;
  }
}
