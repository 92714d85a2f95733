package org.cablearchive.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Reads a WikiLeaks cable page ({@code cable/YYYY/MM/<ID>.html}): the heading, the table of what the
 * site states, the press articles, and the two {@code <pre>} blocks holding the header and the body.
 *
 * <p>The page is scanned by hand rather than parsed into a tree: the site wrote every page with the
 * same template, and the scan reads a page in a fraction of the time. Links are read by their text,
 * never their address, so offline mirrors with relative links read the same. Markup inside the
 * blocks is dropped: the tag links become the tags as typed, and the paragraph anchors
 * {@code <a id='par1' href='#par1'>¶</a>1.} become {@code ¶1.}, which is what the telegram said.
 */
public final class CablePageReader implements CableReader {
  private static final byte[] HEADING_MARKER = "Viewing cable ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TABLE_MARKER = "<table class=".getBytes(StandardCharsets.US_ASCII);

  public CablePageReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.HTML;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException {
    SourceLocation location = new SourceLocation(SourceFormat.HTML, file, 1);
    PageSizeLimit.read(in, location, sink).ifPresent(bytes -> {
      Start start = DecodingReader.isUnmarkedUtf8(Arrays.copyOf(bytes, Math.min(bytes.length, DecodingReader.HEAD_BYTES)))
          ? cableStart(bytes) : new Start(0, 1);
      DecodedText text = DecodedText.of(bytes, start.offset, bytes.length - start.offset);
      sink.accept(read(text.text(), location, start.line, text.problemsFrom(start.line)));
    });
  }

  /** Where the cable's part of a page begins: byte offset and line. */
  private record Start(int offset, int line) {}

  /**
   * Where the cable's part of the page begins (its heading "Viewing cable", else its table), counting
   * lines on the way: the navigation before it is most of the page, and not decoding it doubles the
   * reader's speed. The markers are ASCII, so in UTF-8 and windows-1252 the offset is a character
   * boundary (UTF-16 pages are decoded whole).
   */
  private static Start cableStart(byte[] bytes) {
    Start heading = find(bytes, HEADING_MARKER);
    if (heading != null) {
      return heading;
    }
    Start table = find(bytes, TABLE_MARKER);
    return table == null ? new Start(0, 1) : table;
  }

  private static Start find(byte[] bytes, byte[] marker) {
    byte first = marker[0];
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        line++;
      } else if (b == first && startsWith(bytes, i, marker)) {
        return new Start(i, line);
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] marker) {
    return at + marker.length <= bytes.length && bytes[at + 1] == marker[1]
        && Arrays.equals(bytes, at, at + marker.length, marker, 0, marker.length);
  }

  /** Reads one page (or its end, starting at line {@code firstLine} of the file) already in memory. */
  SourceItem read(String html, SourceLocation location, int firstLine) {
    return read(html, location, firstLine, List.of());
  }

  /** @param decoding what decoding the page's bytes had to guess */
  private SourceItem read(String html, SourceLocation location, int firstLine, List<Problem> decoding) {
    int tableStart = indexOfEither(html, "<table class='cable'>", "<table class=\"cable\">", 0);
    int tableEnd = tableStart < 0 ? -1 : html.indexOf("</table>", tableStart);
    int blocksFrom = tableEnd < 0 ? 0 : tableEnd;
    int firstPre = html.indexOf("<pre>", blocksFrom);
    if (tableStart < 0 && firstPre < 0) {
      return new Rejection(location, "not a cable page (no cable table, no <pre> blocks)",
          html.length() > 4096 ? html.substring(0, 4096) : html);
    }
    List<Problem> problems = new ArrayList<>(decoding);
    CableTable table = tableEnd < 0 ? new CableTable() : table(html, tableStart, tableEnd, firstLine);
    if (tableEnd < 0) {
      problems.add(new Problem("NO_TABLE", firstLine, "the page has no cable table"));
    }
    problems.addAll(table.problems);
    List<String> articles = tableEnd < 0 ? List.of() : articles(html, tableStart, tableEnd);
    Blocks blocks = blocks(html, firstPre, firstLine, problems);
    int bodyLine = PageMarkup.lineAt(html, 0, firstLine, Math.max(blocks.bodyAt, 0));
    return new SourceDocument(location, table.id, table.created, table.released, table.classification,
        table.origin, title(html), List.of(), articles, blocks.header, blocks.body, bodyLine, problems);
  }

  private static int indexOfEither(String html, String a, String b, int from) {
    int i = html.indexOf(a, from);
    return i >= 0 ? i : html.indexOf(b, from);
  }

  /** The subject part of {@code <h3>Viewing cable <ID>, <subject></h3>}, or null. */
  private static String title(String html) {
    int start = html.indexOf("Viewing cable ");
    int end = start < 0 ? -1 : html.indexOf("</h3>", start);
    if (end < 0) {
      return null;
    }
    String heading = PageMarkup.text(html, start, end);
    int comma = heading.indexOf(", ");
    return comma < 0 ? null : heading.substring(comma + 2).trim();
  }

  private static CableTable table(String html, int start, int end, int firstLine) {
    List<String> headings = cells(html, start, end, "<th", "</th>");
    int dataRow = html.indexOf("<td", start);
    int rowEnd = dataRow < 0 || dataRow > end ? -1 : html.indexOf("</tr>", dataRow);
    List<String> values = rowEnd < 0 ? List.of() : cells(html, dataRow, rowEnd, "<td", "</td>");
    return CableTable.of(headings, values, PageMarkup.lineAt(html, 0, firstLine, start));
  }

  private static List<String> cells(String html, int from, int to, String open, String close) {
    List<String> cells = new ArrayList<>();
    int at = html.indexOf(open, from);
    while (at >= 0 && at < to) {
      int contentStart = html.indexOf('>', at) + 1;
      int contentEnd = html.indexOf(close, contentStart);
      if (contentStart <= 0 || contentEnd < 0 || contentEnd > to) {
        break;
      }
      cells.add(PageMarkup.text(html, contentStart, contentEnd).trim());
      at = html.indexOf(open, contentEnd);
    }
    return cells;
  }

  /** The press links of the row "Appears in these articles:", by their text (some addresses are broken). */
  private static List<String> articles(String html, int tableStart, int tableEnd) {
    int row = html.indexOf("Appears in these articles", tableStart);
    if (row < 0 || row > tableEnd) {
      return List.of();
    }
    int rowEnd = html.indexOf("</td>", row);
    List<String> links = cells(html, row, rowEnd < 0 ? tableEnd : rowEnd, "<a ", "</a>");
    links.removeIf(String::isEmpty);
    return links;
  }

  private record Blocks(String header, String body, int bodyAt) {}

  /** The header and body {@code <pre>} blocks; a page with one block has only a body. */
  private static Blocks blocks(String html, int firstPre, int firstLine, List<Problem> problems) {
    int firstEnd = firstPre < 0 ? -1 : html.indexOf("</pre>", firstPre);
    if (firstEnd < 0) {
      problems.add(new Problem("NO_BODY", firstLine, "the page has no <pre> block with the cable's text"));
      return new Blocks("", "", -1);
    }
    int secondPre = html.indexOf("<pre>", firstEnd);
    int secondEnd = secondPre < 0 ? -1 : html.indexOf("</pre>", secondPre);
    String first = PageMarkup.text(html, firstPre + 5, firstEnd);
    if (secondEnd < 0) {
      problems.add(new Problem("NO_HEADER", PageMarkup.lineAt(html, 0, firstLine, firstPre),
          "the page has one <pre> block; read as the body"));
      return new Blocks("", first, firstPre);
    }
    return new Blocks(first, PageMarkup.text(html, secondPre + 5, secondEnd), secondPre);
  }
}
