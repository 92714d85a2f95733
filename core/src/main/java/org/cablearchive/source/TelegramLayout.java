package org.cablearchive.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a telegram's transmission header ends and its body begins. The header is the run of lines
 * from the first one that looks like a header line (transmission ID, routing line, {@code DE}, the
 * precedence and date-time group, {@code FM}) up to the first blank line or the classification line;
 * without such a first line there is no header. A partial extract's notice starts a header that runs,
 * blank lines and all, to the body's classification line: such extracts carry the old page header
 * (which names the classification too) between the notice and the body.
 *
 * @param header the header's lines joined, verbatim
 * @param body the rest, verbatim, from its first non-blank line
 * @param bodyLine the 1-based line on which the body starts (the last line when the body is empty)
 */
record TelegramLayout(String header, String body, int bodyLine) {
  private static final Pattern HEADER_START =
      Pattern.compile("(VZCZC|[ZOPR]{2} R[A-Z]{3}|[ZOPR]( [ZOPR])? \\d{6}Z|DE R[A-Z]{3}|FM ).*");
  private static final String PARTIAL_EXTRACT = "This record is a partial extract";
  private static final Pattern CAVEAT_OR_BODY_LINE =
      Pattern.compile("(C O N F|S E C R E T|U N C L|L I M I T|UNCLAS|E\\.?O\\.? ?1\\d{4}|TAGS|SUBJ).*");
  private static final Pattern BODY_START =
      Pattern.compile(CAVEAT_OR_BODY_LINE.pattern() + "|(CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE).*");

  static TelegramLayout of(String text) {
    List<String> lines = lines(text);
    int first = nextNonBlank(lines, 0);
    String firstLine = first == lines.size() ? "" : lines.get(first).strip();
    int end;
    if (firstLine.startsWith(PARTIAL_EXTRACT)) {
      end = find(lines, first + 1, CAVEAT_OR_BODY_LINE, false);
      end = end == lines.size() ? find(lines, first + 1, BODY_START, true) : end;
    } else if (HEADER_START.matcher(firstLine).matches()) {
      end = find(lines, first + 1, BODY_START, true);
    } else {
      return new TelegramLayout("", join(lines, first, lines.size()), lineOf(first, lines));
    }
    int body = nextNonBlank(lines, end);
    return new TelegramLayout(join(lines, first, end), join(lines, body, lines.size()), lineOf(body, lines));
  }

  /** The 1-based line of an index; an empty body "starts" on the last line, not past the end. */
  private static int lineOf(int index, List<String> lines) {
    return Math.min(index, lines.size() - 1) + 1;
  }

  /** Lines split at line feeds only (so that line numbers agree with every other reader), CR-LF taken as one. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      lines.add(text.substring(start, stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop));
      start = stop + 1;
    }
    return lines;
  }

  /** The first line from {@code from} that matches (or is blank, when blank lines end the search). */
  private static int find(List<String> lines, int from, Pattern end, boolean blankEnds) {
    int i = from;
    while (i < lines.size() && !(blankEnds && lines.get(i).isBlank()) && !end.matcher(lines.get(i).strip()).matches()) {
      i++;
    }
    return i;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** The lines joined by newlines, without trailing blank lines. */
  private static String join(List<String> lines, int from, int to) {
    int end = to;
    while (end > from && lines.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", lines.subList(from, end));
  }
}
