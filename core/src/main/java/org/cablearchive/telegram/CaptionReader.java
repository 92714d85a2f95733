package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the caption lines of a body. Labels are found at the start of a line whatever their case and
 * with the misspellings real cables have (TAGES, SUBJ, UBJECT, REFS, {@code EO 12958 DECL:}); each part
 * takes its continuation lines: a subject wraps until a blank line, a REF list continues past blank
 * lines while the next line starts with the next bullet, "Classified By" takes a "Reason:" line that
 * follows it. Only the first of each label counts.
 */
final class CaptionReader {
  enum Label { NONE, EO, TAGS, SUBJECT, REF, CLASSIFIED_BY }

  private static final int MAX_CONTINUATION = 12;
  /** Telegram lines are at most about 70 characters; a longer line after a subject is the text. */
  private static final int MAX_SUBJECT_LINE = 90;

  private final String[] lines;
  private final int[] origin;
  private final int end;
  private ClassificationLine classificationLine;
  private final List<String> handling = new ArrayList<>();
  private Declassification declassification;
  private int declassificationLine = -1;
  private List<String> tags;
  private int tagsEnd = -1;
  private String subject;
  private String references;
  private int referencesLine = -1;
  private ClassificationAuthority authority;

  private CaptionReader(GluedCaption.Lines lines) {
    this.lines = lines.text();
    this.origin = lines.origin();
    this.end = lines.text().length;
  }

  /** Reads lines {@code [0, end)} of the body. */
  static Caption read(String[] lines, int end) {
    CaptionReader reader = new CaptionReader(GluedCaption.cut(lines, Math.min(end, lines.length)));
    reader.scan();
    reader.unlabelledSubject();
    return new Caption(reader.classificationLine, reader.handling, reader.declassification,
        reader.declassificationLine, reader.tags, reader.subject, reader.references, reader.referencesLine,
        reader.authority);
  }

  private void scan() {
    int nonBlankSeen = 0;
    int i = 0;
    while (i < end) {
      String line = lines[i];
      if (TelegramLines.isBlank(line)) {
        i++;
        continue;
      }
      nonBlankSeen++;
      String trimmed = line.strip();
      Label label = label(trimmed);
      if (label == Label.NONE && classificationLine == null && nonBlankSeen <= 5) {
        classificationLine = ClassificationLine.read(trimmed.substring(trimmed.lastIndexOf('\t') + 1));
        if (classificationLine != null) {
          i++;
          continue;
        }
      }
      i = label == Label.NONE ? other(trimmed, i) : labelled(label, trimmed, i);
    }
  }

  private int other(String trimmed, int i) {
    List<String> caveats = Handling.caveatsOf(trimmed);
    if (caveats != null) {
      for (String caveat : caveats) {
        if (!handling.contains(caveat)) {
          handling.add(caveat);
        }
      }
    }
    return i + 1;
  }

  /** Reads the labelled part starting on line {@code i}; returns the line after it. */
  private int labelled(Label label, String trimmed, int i) {
    String value = valueAfterLabel(label, trimmed);
    switch (label) {
      case EO -> {
        return eo(value, i);
      }
      case TAGS -> {
        return tags(value, i);
      }
      case SUBJECT -> {
        return subject(value, i);
      }
      case REF -> {
        int next = referenceContinuation(i + 1);
        if (references == null) {
          references = value + " " + join(i + 1, next);
          referencesLine = origin[i];
        }
        return next;
      }
      case CLASSIFIED_BY -> {
        return classifiedBy(value, i);
      }
      default -> {
        return i + 1;
      }
    }
  }

  /**
   * A subject wraps until a blank line (three lines at most); "SUBJECT:" alone has it on the next
   * line. A subject in capitals does not continue onto a line in mixed case, nor any subject onto a
   * long line or a handling statement: that is the text.
   */
  private int subject(String value, int i) {
    int first = i;
    String text = value;
    if (value.isBlank()) {
      first = nextNonBlank(i + 1);
      if (first >= end || label(lines[first].strip()) != Label.NONE) {
        return i + 1;
      }
      text = lines[first];
    }
    int next = first + 1;
    boolean capitals = !hasLowerCase(text);
    while (next < end && next - first <= 3 && continuesSubject(lines[next], capitals)) {
      text = text + " " + lines[next];
      next++;
    }
    if (subject == null) {
      subject = withoutClosingColon(withoutGluedText(TelegramLines.collapse(text)));
    }
    return next;
  }

  /** The subject without a colon that ends it ({@code …MERIDA-RELATED VISITS:}): it introduced the text. */
  private static String withoutClosingColon(String subject) {
    String s = subject;
    while (s.endsWith(":") || s.endsWith(" -")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Text that a lost line break glued after the subject: a handling statement or a marked paragraph. */
  private static final String[] AFTER_SUBJECT = {"Sensitive but Unclassified", "SENSITIVE BUT UNCLASSIFIED",
      " (SBU) ", " (U) ", " (C) ", " (S) ", " (C/NF) ", " (S/NF) ", " (C//NF) ", " (S//NF) ", " 1. (", " ¶1. "};

  private static String withoutGluedText(String subject) {
    int cut = subject.length();
    for (String marker : AFTER_SUBJECT) {
      int at = subject.indexOf(marker);
      if (at > 10 && at < cut) {
        cut = at;
      }
    }
    return cut == subject.length() ? subject : subject.substring(0, cut).strip();
  }

  private boolean continuesSubject(String line, boolean capitals) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && trimmed.length() <= MAX_SUBJECT_LINE && label(trimmed) == Label.NONE
        && !isPageMark(trimmed)
        && Handling.caveatsOf(trimmed) == null && !trimmed.regionMatches(true, 0, "sensitive but", 0, 13)
        && !(capitals && hasLowerCase(trimmed)) && trimmed.charAt(0) != '(' && trimmed.charAt(0) != '¶'
        && !(Character.isDigit(trimmed.charAt(0)) && trimmed.indexOf('.') > 0 && trimmed.indexOf('.') < 4);
  }

  private static boolean hasLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int eo(String value, int i) {
    int tagsAt = indexOfWord(value, "TAGS");
    String eoText = tagsAt < 0 ? value : value.substring(0, tagsAt);
    if (declassification == null) {
      declassification = Declassification.read(eoText);
      declassificationLine = origin[i];
    }
    if (tagsAt >= 0) {
      return tags(valueAfterLabel(Label.TAGS, value.substring(tagsAt)), i);
    }
    return i + 1;
  }

  /**
   * Some cables have no SUBJECT label: the line in capitals right after the TAGS line is the subject
   * ({@code HANNIBAL GOES TO SEA: INSIGHTS INTO …}).
   */
  private void unlabelledSubject() {
    if (subject != null || tagsEnd < 0) {
      return;
    }
    int line = nextNonBlank(tagsEnd);
    if (line >= end) {
      return;
    }
    String candidate = lines[line].strip();
    if (candidate.length() >= 10 && !hasLowerCase(candidate) && label(candidate) == Label.NONE
        && Handling.caveatsOf(candidate) == null && !isPageMark(candidate) && Character.isLetter(candidate.charAt(0))
        && !candidate.contains("CLASSIFIED") && ClassificationLine.read(candidate) == null) {
      subject = withoutGluedText(TelegramLines.collapse(candidate));
    }
  }

  private int tags(String value, int i) {
    StringBuilder text = new StringBuilder(value);
    int next = i + 1;
    while (next < end && next - i <= 3 && label(lines[next].strip()) == Label.NONE
        && !TelegramLines.isBlank(lines[next]) && (text.toString().isBlank() || text.toString().strip().endsWith(",")
            || onlyTagCodes(lines[next]))) {
      text.append(' ').append(lines[next]);
      next++;
    }
    if (tags == null) {
      tags = TagListReader.read(text.toString());
      tagsEnd = next;
    }
    return next;
  }

  /** A line continuing a TAGS line: short codes only ({@code SY, IS}). */
  private static boolean onlyTagCodes(String line) {
    int word = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (++word > 5) {
          return false;
        }
      } else if (c == ' ' || c == ',' || c == ';' || Character.isWhitespace(c)) {
        word = 0;
      } else {
        return false;
      }
    }
    return true;
  }

  private int classifiedBy(String value, int i) {
    int next = continuation(i + 1);
    String text = value + joinLines(i + 1, next);
    if (!text.toLowerCase(Locale.ROOT).contains("reason")) {
      int reasonLine = nextNonBlank(next);
      if (reasonLine < end && lines[reasonLine].strip().toLowerCase(Locale.ROOT).startsWith("reason")) {
        next = continuation(reasonLine + 1);
        text = text + joinLines(reasonLine, next);
      }
    }
    ClassificationAuthority read = ClassificationAuthority.read(text);
    int reasonsLine = nextNonBlank(next);
    if (read.reasons().isEmpty() && reasonsLine < end && startsWithReasons(lines[reasonsLine].strip())) {
      next = continuation(reasonsLine + 1);
      read = ClassificationAuthority.read(text + joinLines(reasonsLine, next));
    }
    // a first "Classified By" that holds something else (a REF list typed under it) yields to one with reasons
    if (authority == null || (authority.reasons().isEmpty() && !read.reasons().isEmpty())) {
      authority = read;
    }
    return next;
  }

  /** The line after the lines continuing a part: up to a blank line, a label or a numbered paragraph. */
  private int continuation(int from) {
    int i = from;
    while (i < end && i - from < MAX_CONTINUATION && !TelegramLines.isBlank(lines[i])
        && label(lines[i].strip()) == Label.NONE && Handling.caveatsOf(lines[i]) == null) {
      i++;
    }
    return i;
  }

  /** {@code 1.4 (b)}, {@code .4(b)} (a reason split after its "1"): the reasons of a "Classified By" line above. */
  private static boolean startsWithReasons(String line) {
    return line.startsWith("1.4") || line.startsWith("1.5") || line.startsWith("1.6") || line.startsWith(".4")
        || line.startsWith(".5");
  }

  /** A REF list continues past blank lines while the next line starts with a bullet. */
  private int referenceContinuation(int from) {
    int i = continuation(from);
    while (i < end) {
      int next = nextNonBlank(i);
      if (next >= end) {
        return i;
      }
      String line = lines[next].strip();
      if (line.length() > MAX_SUBJECT_LINE || !startsWithBullet(line) || label(line) != Label.NONE) {
        return i;
      }
      i = continuation(next + 1);
    }
    return i;
  }

  /** {@code B. …}, {@code (B) …}, {@code ¶B. …}, {@code 1B. …}. */
  private static boolean startsWithBullet(String line) {
    int i = 0;
    if (i < line.length() && (line.charAt(i) == '(' || line.charAt(i) == '¶' || line.charAt(i) == '1')) {
      i++;
    }
    return i + 1 < line.length() && Character.isLetter(line.charAt(i)) && (line.charAt(i + 1) == '.' || line.charAt(i + 1) == ')')
        && (i + 2 == line.length() || line.charAt(i + 2) == ' ');
  }

  private int nextNonBlank(int from) {
    int i = from;
    while (i < end && TelegramLines.isBlank(lines[i])) {
      i++;
    }
    return i;
  }

  /** The lines joined, leaving out the page marks of old telegrams that fell between them. */
  private String join(int from, int to) {
    return join(from, to, ' ');
  }

  /** The lines each after a line break, so that a reader can mend words the release broke across lines. */
  private String joinLines(int from, int to) {
    return join(from, to, '\n');
  }

  private String join(int from, int to, char separator) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!isPageMark(lines[i].strip())) {
        text.append(separator).append(lines[i]);
      }
    }
    return text.toString();
  }

  /**
   * A page's top line in a printed telegram: {@code PAGE 02 HARARE 05461 01 OF 02 271458Z} or
   * {@code HAVANA 00011650 001.2 OF 004}.
   */
  static boolean isPageMark(String trimmed) {
    if (trimmed.startsWith("PAGE ") && trimmed.length() > 5 && Character.isDigit(trimmed.charAt(5))) {
      return true;
    }
    if (!trimmed.contains(" OF ")) {
      return false; // most lines: no split needed
    }
    String[] words = trimmed.split(" ");
    int n = words.length;
    return n >= 4 && words[n - 2].equals("OF") && words[n - 1].length() == 3 && TelegramLines.isDigits(words[n - 1])
        && words[n - 3].length() >= 3 && TelegramLines.isDigits(words[n - 3].replace(".", "")) && TelegramLines.isDigits(words[n - 4]);
  }

  static Label label(String trimmed) {
    if (trimmed.isEmpty()) {
      return Label.NONE;
    }
    char first = Character.toUpperCase(trimmed.charAt(0));
    switch (first) {
      case 'E' -> {
        return isEoLabel(trimmed) ? Label.EO : Label.NONE;
      }
      case 'T' -> {
        return startsWithAny(trimmed, "TAGS", "TAG", "TAGES", "TAGSS") ? Label.TAGS : Label.NONE;
      }
      case 'A' -> {
        return trimmed.regionMatches(true, 0, "AGS:", 0, 4) ? Label.TAGS : Label.NONE; // TAGS: that lost its T
      }
      case 'S' -> {
        return startsWithAny(trimmed, "SUBJECT", "SUBJ", "SUBJET", "SUBJEC", "SUBJECTS") ? Label.SUBJECT : Label.NONE;
      }
      case 'R' -> {
        return startsWithAny(trimmed, "REF", "REFS", "REFTEL", "REFTELS", "REF(S)")
            || startsWithAny(trimmed, "REFERENCE:", "REFERENCES:") ? Label.REF : Label.NONE;
      }
      case 'C' -> {
        return trimmed.regionMatches(true, 0, "CLASSIFIED BY", 0, 13) ? Label.CLASSIFIED_BY : Label.NONE;
      }
      case 'U' -> {
        return TelegramLines.startsWithWord(trimmed, "UBJECT:") ? Label.SUBJECT : Label.NONE;
      }
      default -> {
        return Label.NONE;
      }
    }
  }

  private static boolean startsWithAny(String trimmed, String... labels) {
    for (String label : labels) {
      if (TelegramLines.startsWithWord(trimmed, label)) {
        return true;
      }
    }
    return false;
  }

  /** {@code E.O. 12958:}, {@code EO 12958}, {@code E. O. 12356}, {@code E.O.12958}. */
  private static boolean isEoLabel(String trimmed) {
    int i = 1;
    if (i < trimmed.length() && trimmed.charAt(i) == '.') {
      i++;
    }
    if (i < trimmed.length() && trimmed.charAt(i) == ' ') {
      i++;
    }
    if (i >= trimmed.length() || (Character.toUpperCase(trimmed.charAt(i)) != 'O' && trimmed.charAt(i) != '0')) {
      return false;
    }
    i++;
    while (i < trimmed.length() && (trimmed.charAt(i) == '.' || trimmed.charAt(i) == ' ')) {
      i++;
    }
    return i + 4 < trimmed.length() && Character.isDigit(trimmed.charAt(i)) && Character.isDigit(trimmed.charAt(i + 4));
  }

  /** The text after a line's label and its colon (or dash). */
  static String valueAfterLabel(Label label, String trimmed) {
    int i;
    if (label == Label.EO) {
      i = trimmed.indexOf("1");
      while (i >= 0 && i < trimmed.length() && Character.isDigit(trimmed.charAt(i))) {
        i++;
      }
      i = Math.max(i, 0);
    } else if (label == Label.CLASSIFIED_BY) {
      i = 13;
    } else {
      i = 0;
      while (i < trimmed.length() && (Character.isLetter(trimmed.charAt(i)) || trimmed.charAt(i) == '(' || trimmed.charAt(i) == ')')) {
        i++;
      }
    }
    while (i < trimmed.length() && (trimmed.charAt(i) == ':' || trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '-'
        || trimmed.charAt(i) == '.' && label != Label.REF && label != Label.SUBJECT)) {
      i++;
    }
    return i >= trimmed.length() ? "" : trimmed.substring(i);
  }

  private static int indexOfWord(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
      int after = at + word.length();
      boolean endOk = after >= text.length() || !Character.isLetter(text.charAt(after));
      if (startOk && endOk) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return -1;
  }
}
