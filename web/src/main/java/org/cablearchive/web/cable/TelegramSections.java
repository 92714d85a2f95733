package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.PublishedDocument;
import org.cablearchive.archive.Telegram;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.SitePaths;

/**
 * A telegram the release published in several documents, or only in sections, as the pages show it: its
 * sections in order, each with the documents holding it, and what is not in the release said plainly.
 *
 * @param id the telegram's canonical ID
 * @param href the telegram's page
 * @param partNote what the document shown is, when it is a section published on its own; else empty
 * @param sections one row per section of the telegram, first to last
 * @param missing "Sections 2 and 3 of 3 are not in the release.", or empty when the release holds them all
 *     (or when that cannot be told)
 */
public record TelegramSections(String id, String href, String partNote, List<Row> sections, String missing) {

  /** One section: "SECTION 1 OF 2", the documents holding it, or why none is listed. */
  public record Row(String label, List<Document> documents, String absent) {}

  /**
   * A published document holding a section.
   *
   * @param shown whether it is the document on this page
   * @param note how it was published: "published on its own", "the telegram's own text"
   */
  public record Document(String id, String href, boolean shown, String note) {}

  /** The view of {@code telegram} on the page of document {@code shown} (null on the telegram's own page of sections). */
  public static TelegramSections of(Telegram telegram, ReferenceId shown) {
    List<Row> rows = new ArrayList<>();
    int sections = telegram.sections();
    List<Integer> missing = telegram.missing();
    for (int n = 1; n <= sections; n++) {
      List<Document> documents = telegram.holding(n).stream().map(d -> document(d, shown)).toList();
      rows.add(new Row("SECTION " + n + " OF " + sections, documents,
          documents.isEmpty() ? absent(telegram, n, sections, missing) : ""));
    }
    PublishedDocument self = telegram.documents().stream().filter(d -> d.id().equals(shown)).findFirst().orElse(null);
    String partNote = self == null || !self.part() || self.section() == null ? ""
        : "This is section " + self.section().number() + " of " + self.section().of() + " of telegram "
            + telegram.id().value() + ", published on its own under the ID " + self.id().value() + ".";
    return new TelegramSections(telegram.id().value(), SitePaths.cable(telegram.id()), partNote, rows, missingLine(missing, sections));
  }

  private static Document document(PublishedDocument d, ReferenceId shown) {
    String note = d.part() ? "published on its own" : "the telegram's own text";
    return new Document(d.id().value(), SitePaths.cable(d.id()), d.id().equals(shown), note);
  }

  /** Why no document is listed for section {@code n}. */
  private static String absent(Telegram telegram, int n, int sections, List<Integer> missing) {
    if (missing.contains(n)) {
      return "Section " + n + " of " + sections + " is not in the release.";
    }
    String unmarked = telegram.documents().stream().filter(PublishedDocument::mayHoldMore)
        .map(d -> d.id().value()).findFirst().orElse(telegram.id().value());
    return "No document marks where section " + n + " begins; the text of " + unmarked + " may hold it.";
  }

  /** "Section 3 of 3 is not in the release.", "Sections 2 and 3 of 3 are not in the release." */
  static String missingLine(List<Integer> missing, int sections) {
    if (missing.isEmpty()) {
      return "";
    }
    if (missing.size() == 1) {
      return "Section " + missing.get(0) + " of " + sections + " is not in the release.";
    }
    List<String> numbers = missing.stream().map(String::valueOf).toList();
    String listed = String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    return "Sections " + listed + " of " + sections + " are not in the release.";
  }
}
