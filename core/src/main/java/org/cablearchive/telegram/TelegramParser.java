package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.source.SourceDocument;

/**
 * Reads a cable's telegram — header and body as a source gave them — into a {@link Cable}.
 *
 * <p>What the source states (ID, dates, classification, origin, articles, cited IDs) wins over what the
 * text says; a disagreement is recorded as a problem. Where the source states no ID (a plain telegram),
 * it comes from the classification line ({@code MEXICO 003093}) or the DE line with the year of the
 * date-time group. The header and body are kept verbatim.
 *
 * <p>Stateless and thread-safe. It never throws: input it cannot read yields a cable with the verbatim
 * text and a problem {@code INTERNAL} naming what failed.
 */
public final class TelegramParser {

  public TelegramParser() {}

  public Cable parse(SourceDocument doc) {
    if (doc == null) {
      return new Cable(null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null, false, "", "",
          List.of(new Problem("INTERNAL", 0, "no document to read")), null);
    }
    try {
      return new CableReading(doc).read();
    } catch (RuntimeException | StackOverflowError e) {
      return unread(doc, e);
    }
  }

  /** The cable as the source states it, with the text verbatim, when reading the text failed. */
  private static Cable unread(SourceDocument doc, Throwable failure) {
    List<Problem> problems = new ArrayList<>(doc.problems());
    int line = doc.location() == null ? 0 : doc.location().line();
    problems.add(new Problem("INTERNAL", line, "the telegram could not be read: " + failure));
    ReferenceId id = null;
    try {
      id = ReferenceIds.canonical(doc.idAsPublished()).orElse(null);
    } catch (RuntimeException e) {
      problems.add(new Problem("UNREADABLE_ID", line, "the source's reference ID could not be read"));
    }
    return new Cable(id, null, false, doc.created(), doc.released(), doc.classification(), doc.origin(), doc.title(),
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, doc.articles(), false, doc.header(), doc.body(), problems, doc.location());
  }
}
