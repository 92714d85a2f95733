package org.cablearchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.source.SourceDocument;

/**
 * Reads a stored release again with the current telegram parser, from what the archive keeps of it: the
 * raw header and body, and the fields its source stated — ID as published, dates, classification, origin,
 * page heading, press articles, the cables a cables.csv row cites — as the source's reader gave them. A
 * plain telegram states none of those, so they are read from the text again. What the source's reader
 * reported is kept; a release date given at import stays given; a problem the parser finds again keeps
 * the source line it had (the body's first line in the source is not stored, so a new one has line 0).
 */
public final class Reparse {
  private final Function<SourceDocument, Cable> parser;

  /** @param parser the telegram parser; must be thread-safe */
  public Reparse(Function<SourceDocument, Cable> parser) {
    this.parser = Objects.requireNonNull(parser);
  }

  /** The stored release as the parser reads it now. */
  public Cable release(Cable stored) {
    SourceFormat format = stored.source() == null ? null : stored.source().format();
    boolean stated = format != SourceFormat.TELEGRAM;
    boolean heading = format == SourceFormat.HTML || format == SourceFormat.PAGE_TEXT || format == SourceFormat.JSONL;
    SourceDocument document = new SourceDocument(stored.source(),
        stored.idAsPublished() != null ? stored.idAsPublished() : stored.id().value(),
        stated ? stored.created() : null, stored.released(), stated ? stored.classification() : null,
        stated ? stored.origin() : null, heading ? stored.subject() : null,
        format == SourceFormat.CSV ? citedBySource(stored) : List.of(), stored.articles(), stored.header(), stored.body(), 0,
        stored.problems().stream().filter(p -> SourceDocument.READER_PROBLEMS.contains(p.code())).toList());
    Cable again = parser.apply(document);
    again = stored.releasedGiven() ? again.withReleased(stored.released(), true) : again;
    return again.withProblems(withLines(again.problems(), stored.problems()));
  }

  /** The IDs the source cited beside the REF line (a cables.csv column), as the parser recorded them. */
  private static List<String> citedBySource(Cable stored) {
    List<String> cited = new ArrayList<>();
    for (Reference r : stored.references()) {
      boolean fromSource = r.id() != null && r.kind() == ReferenceKind.CABLE && stored.problems().stream().anyMatch(
          p -> p.code().equals("REFERENCE_NOT_IN_TEXT") && p.message().contains(" " + r.id().value() + ","));
      if (fromSource) {
        cited.add(r.text());
      }
    }
    return cited;
  }

  /** The problems found again, each once, with the line it had when it was first found. */
  private static List<Problem> withLines(List<Problem> found, List<Problem> before) {
    List<Problem> out = new ArrayList<>(found.size());
    for (Problem p : found) {
      Problem placed = p;
      if (p.line() == 0) {
        placed = before.stream().filter(b -> b.line() > 0 && b.code().equals(p.code()) && b.message().equals(p.message()))
            .findFirst().orElse(p);
      }
      if (!out.contains(placed)) {
        out.add(placed);
      }
    }
    return out;
  }
}
