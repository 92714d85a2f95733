package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Reads a cable page saved as text (the form of {@code seed/09MEXICO3093-page.txt}): the site's
 * boilerplate, the heading "Viewing cable ID, SUBJECT", the table as a tab-separated heading row
 * and value row, "Appears in these articles:" with one link a line, then the header and the body.
 *
 * <p>The header is the block of lines up to the first blank line when the telegram starts with a
 * header at all. The text conversion wrote links as {@code [TAG](#)} and {@code <http://…>} and
 * escaped some punctuation ({@code \$}); these are turned back into the text the telegram had.
 * Other damage of the conversion (paragraph marks {@code ¶1.} written {@code 11.}) is left in the
 * body verbatim and repaired by the telegram parser, which numbers the paragraphs.
 */
public final class PageTextReader implements CableReader {
  public PageTextReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.PAGE_TEXT;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException {
    SourceLocation location = new SourceLocation(SourceFormat.PAGE_TEXT, file, 1);
    PageSizeLimit.read(in, location, sink).ifPresent(bytes -> {
      DecodedText text = DecodedText.of(bytes);
      sink.accept(read(text.text(), location, text.problems()));
    });
  }

  /** Reads one page text already in memory. */
  SourceItem read(String text, SourceLocation location) {
    return read(text, location, List.of());
  }

  /** @param decoding what decoding the page's bytes had to guess */
  private SourceItem read(String text, SourceLocation location, List<Problem> decoding) {
    String[] lines = text.split("\r?\n", -1);
    int heading = find(lines, 0, "Viewing cable ");
    int tableRow = find(lines, Math.max(heading, 0), "Reference ID");
    if (heading < 0 && tableRow < 0) {
      return new Rejection(location, "not a cable page text (no 'Viewing cable' heading,"
          + " no 'Reference ID' row)", text.length() > 4096 ? text.substring(0, 4096) : text);
    }
    List<Problem> problems = new ArrayList<>(decoding);
    CableTable table = table(lines, tableRow, problems);
    int next = tableRow < 0 ? heading + 1 : nextNonBlank(lines, tableRow + 1) + 1;
    List<String> articles = new ArrayList<>();
    next = articles(lines, nextNonBlank(lines, next), articles);
    int telegramStart = nextNonBlank(lines, next);
    int bodyStart = bodyStart(lines, telegramStart);
    String header = plain(lines, telegramStart, bodyStart);
    int firstBodyLine = nextNonBlank(lines, bodyStart);
    String body = plain(lines, firstBodyLine, lastNonBlank(lines) + 1);
    return new SourceDocument(location, table.id, table.created, table.released, table.classification,
        table.origin, title(heading < 0 ? null : lines[heading]), List.of(), articles, header, body,
        lineNumber(lines, firstBodyLine), problems);
  }

  /**
   * The 1-based line of index {@code i}; an index past the end (a truncated page) names the last line,
   * so that a problem never points outside the input.
   */
  private static int lineNumber(String[] lines, int i) {
    return Math.min(i, Math.max(0, lines.length - 1)) + 1;
  }

  private static int find(String[] lines, int from, String prefix) {
    for (int i = from; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int nextNonBlank(String[] lines, int from) {
    int i = from;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    return i;
  }

  private static int lastNonBlank(String[] lines) {
    int i = lines.length - 1;
    while (i >= 0 && lines[i].isBlank()) {
      i--;
    }
    return i;
  }

  private static String title(String heading) {
    if (heading == null) {
      return null;
    }
    int comma = heading.indexOf(", ");
    return comma < 0 ? null : heading.substring(comma + 2).trim();
  }

  private static CableTable table(String[] lines, int headingRow, List<Problem> problems) {
    if (headingRow < 0) {
      problems.add(new Problem("NO_TABLE", 1, "the page text has no 'Reference ID' row"));
      return new CableTable();
    }
    int valueRow = nextNonBlank(lines, headingRow + 1);
    List<String> values = valueRow < lines.length ? columns(lines[valueRow]) : List.of();
    CableTable table = CableTable.of(columns(lines[headingRow]), values, lineNumber(lines, valueRow));
    problems.addAll(table.problems);
    return table;
  }

  /** Columns are separated by tabs (or, where tabs were lost, by two or more spaces). */
  private static List<String> columns(String row) {
    return Arrays.asList(row.contains("\t") ? row.split("\t") : row.trim().split("\\s{2,}"));
  }

  /** Reads the article links after "Appears in these articles:"; returns the line after them. */
  private static int articles(String[] lines, int at, List<String> articles) {
    if (at >= lines.length || !lines[at].startsWith("Appears in these articles")) {
      return at;
    }
    int i = nextNonBlank(lines, at + 1);
    while (i < lines.length && isLink(lines[i].trim())) {
      articles.add(plainLine(lines[i].trim()));
      i = nextNonBlank(lines, i + 1);
    }
    return i;
  }

  private static boolean isLink(String line) {
    return line.startsWith("<http") || line.startsWith("http://") || line.startsWith("https://");
  }

  /** Where the body starts: after the header block, or at once when the telegram has no header. */
  private static int bodyStart(String[] lines, int telegramStart) {
    if (telegramStart >= lines.length || !looksLikeHeader(lines[telegramStart])) {
      return telegramStart;
    }
    if (lines[telegramStart].startsWith("This record is a partial extract")) {
      return telegramStart + 1;
    }
    int i = telegramStart;
    while (i < lines.length && !lines[i].isBlank()) {
      i++;
    }
    return i;
  }

  /** A transmission id, a precedence with date-time group, or the partial-extract note. */
  private static boolean looksLikeHeader(String line) {
    String l = line.trim();
    return l.startsWith("VZCZC") || l.startsWith("This record is a partial extract")
        || (l.length() > 9 && "ZOPR".indexOf(l.charAt(0)) >= 0 && l.charAt(1) == ' ' && l.contains("Z "));
  }

  private static String plain(String[] lines, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to && i < lines.length; i++) {
      if (i > from) {
        out.append('\n');
      }
      out.append(plainLine(lines[i]));
    }
    return out.toString();
  }

  /** Undoes the text conversion's markup on one line: {@code [X](#)} → X, {@code <http…>} → http…, {@code \$} → $. */
  static String plainLine(String line) {
    if (line.indexOf('[') < 0 && line.indexOf('<') < 0 && line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int skip = c == '[' ? linkEnd(line, i) : c == '<' ? autolinkEnd(line, i) : -1;
      if (skip > 0) {
        out.append(line, i + 1, c == '[' ? line.indexOf("](", i) : skip - 1);
        i = skip;
      } else if (c == '\\' && i + 1 < line.length() && "\\`*_{}[]()#+-.!$<>|~".indexOf(line.charAt(i + 1)) >= 0) {
        out.append(line.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The end (exclusive) of a {@code [text](target)} link starting at {@code at}, or -1. */
  private static int linkEnd(String line, int at) {
    int close = line.indexOf("](", at);
    if (close < 0 || line.indexOf('[', at + 1) >= 0 && line.indexOf('[', at + 1) < close) {
      return -1;
    }
    int end = line.indexOf(')', close);
    return end < 0 ? -1 : end + 1;
  }

  /** The end (exclusive) of a {@code <http…>} link starting at {@code at}, or -1. */
  private static int autolinkEnd(String line, int at) {
    if (!line.startsWith("<http", at)) {
      return -1;
    }
    int end = line.indexOf('>', at);
    return end < 0 || line.indexOf(' ', at) >= 0 && line.indexOf(' ', at) < end ? -1 : end + 1;
  }
}
