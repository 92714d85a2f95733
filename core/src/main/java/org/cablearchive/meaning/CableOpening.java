package org.cablearchive.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;

/**
 * The passages a cable's meaning is read from, in the cable's order: its subject with its summary (or,
 * without one, its first paragraph), then the paragraphs that follow the summary. A cable without
 * numbered paragraphs gives its subject with the start of its text. The paragraphs are the parser's,
 * so that the passages improve with it.
 */
public final class CableOpening {
  /** What a passage without numbered paragraphs reads: about two model windows of text. */
  private static final int UNNUMBERED_CHARS = 1_500;
  /** A paragraph belongs to the summary when the summary holds its first characters. */
  private static final int SUMMARY_PROBE_CHARS = 40;

  /**
   * One passage.
   *
   * @param paragraph the paragraph it stands in (where the summary begins, for the first), or 0 for a
   *     cable without numbered paragraphs
   * @param text what the model reads
   */
  public record Passage(int paragraph, String text) {}

  private CableOpening() {}

  /** Every passage of the cable, the subject and summary first; none for a cable without text. */
  public static List<Passage> passages(Cable cable) {
    String subject = cable.subject() == null ? "" : cable.subject().strip();
    List<Paragraph> paragraphs = cable.paragraphs();
    List<Passage> passages = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      String text = join(subject, unnumberedText(cable));
      if (!text.isEmpty()) {
        passages.add(new Passage(0, text));
      }
      return passages;
    }
    String summary = cable.summary() == null ? "" : cable.summary().strip();
    int first = summary.isEmpty() ? 0 : summaryParagraph(paragraphs, summary);
    passages.add(new Passage(paragraphs.get(first).number(),
        join(subject, summary.isEmpty() ? paragraphs.get(0).text() : summary)));
    for (int i = first + 1; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (!p.text().isBlank() && (summary.isEmpty() || !inSummary(summary, p.text()))) {
        passages.add(new Passage(p.number(), p.text()));
      }
    }
    return passages;
  }

  /** The index of the paragraph where the summary begins: the first the summary shares its start with. */
  private static int summaryParagraph(List<Paragraph> paragraphs, String summary) {
    String probe = lower(summary.substring(0, Math.min(SUMMARY_PROBE_CHARS, summary.length())));
    for (int i = 0; i < paragraphs.size(); i++) {
      if (lower(paragraphs.get(i).text()).contains(probe)) {
        return i;
      }
    }
    return 0;
  }

  private static boolean inSummary(String summary, String paragraph) {
    String probe = paragraph.substring(0, Math.min(SUMMARY_PROBE_CHARS, paragraph.length()));
    return lower(summary).contains(lower(probe));
  }

  /** The start of the body after its captions (the SUBJECT line and those before it), white space collapsed. */
  private static String unnumberedText(Cable cable) {
    String body = cable.body();
    int subject = body.indexOf("SUBJ");
    int from = subject < 0 || subject > UNNUMBERED_CHARS ? 0 : Math.max(0, body.indexOf('\n', subject));
    int to = Math.min(body.length(), from + UNNUMBERED_CHARS);
    return Paragraph.textOf(body, from, to);
  }

  private static String join(String subject, String text) {
    String t = text == null ? "" : text.strip();
    if (subject.isEmpty()) {
      return t;
    }
    return t.isEmpty() ? subject : subject + "\n" + t;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
