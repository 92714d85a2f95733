package org.cablearchive.telegram.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a cable page itself shows, read with jsoup independently of the page reader under test: the
 * table's values, the heading's subject, the press links, the tag links and the paragraph anchors.
 *
 * @param released null on pages without a Released column
 * @param tagLinks the texts of the TAGS links, in order
 * @param paragraphAnchors how many {@code <a id='parN'>} anchors the body has
 * @param unanchoredMarkedParagraphs lines {@code 2.(C) …} (number, no ¶, a marking right after): paragraphs the
 *     site did not anchor
 * @param correctedParagraphs the paragraphs the anchors stand for once the site's own mistakes are taken
 *     out ({@link AnchoredParagraphs})
 */
record PageTruth(String id, String created, String released, String classification, String origin, String title,
    List<String> articles, List<String> tagLinks, int paragraphAnchors, int unanchoredMarkedParagraphs,
    int correctedParagraphs) {

  /*
   * Links and anchors are counted in the raw markup: jsoup repeats parts of the {@code <code><pre>}
   * blocks when it repairs their nesting, so its counts would be wrong.
   */
  private static final Pattern TAG_LINK = Pattern.compile("<a href=['\"][^'\"]*/tag/[^'\"]*['\"]>([^<]*)</a>");
  private static final Pattern UNANCHORED_MARKED = Pattern.compile("(?:&#x000A;|<pre>)[ \\t]*(\\d{1,3})\\.\\(");
  private static final Pattern PARAGRAPH_ANCHOR = Pattern.compile("<a id=['\"]par(\\d+)['\"]");

  static PageTruth of(String html) {
    Document page = Jsoup.parse(html);
    Element table = page.selectFirst("table.cable");
    List<String> headings = table == null ? List.of() : table.select("th").eachText();
    Element row = table == null ? null : table.select("tr:has(td)").first();
    List<String> values = row == null ? List.of() : row.select("td").eachText();
    Element heading = page.selectFirst("div.pane.big h3");
    String title = heading == null ? null : heading.text();
    int comma = title == null ? -1 : title.indexOf(", ");
    List<String> articles = new ArrayList<>();
    if (table != null) {
      for (Element cell : table.select("td[colspan]")) {
        if (cell.text().startsWith("Appears in these articles")) {
          articles.addAll(cell.select("a").eachText());
        }
      }
    }
    return new PageTruth(value(headings, values, "Reference ID"), value(headings, values, "Created"),
        value(headings, values, "Released"), value(headings, values, "Classification"),
        value(headings, values, "Origin"), comma < 0 ? null : title.substring(comma + 2).trim(), articles,
        matches(TAG_LINK, firstTagLine(blocks(html))), matches(PARAGRAPH_ANCHOR, blocks(html)).size(),
        matches(UNANCHORED_MARKED, blocks(html)).size(), AnchoredParagraphs.count(blocks(html)));
  }

  /** The page's {@code <pre>} blocks (the side bar links tags too). */
  private static String blocks(String html) {
    int start = html.indexOf("<pre>");
    int end = html.lastIndexOf("</pre>");
    return start < 0 || end < start ? "" : html.substring(start, end);
  }

  /**
   * The line of the first tag link: a cable in sections repeats its TAGS line in every section, and
   * the parser reads the first.
   */
  private static String firstTagLine(String blocks) {
    int link = blocks.indexOf("/tag/");
    if (link < 0) {
      return "";
    }
    int start = Math.max(blocks.lastIndexOf("&#x000A;", link), 0);
    int end = blocks.indexOf("&#x000A;", link);
    return blocks.substring(start, end < 0 ? blocks.length() : end);
  }

  private static List<String> matches(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String value(List<String> headings, List<String> values, String heading) {
    int at = headings.indexOf(heading);
    return at < 0 || at >= values.size() ? null : values.get(at);
  }
}
