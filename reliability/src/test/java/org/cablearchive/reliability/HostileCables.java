package org.cablearchive.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Crafted cables carrying {@link Payloads} in every field a reader shows, written in the formats the
 * import reads — WikiLeaks cable pages, cables.csv rows and page text — so that they reach the
 * archive through the real readers and parser, as a hostile release would.
 */
final class HostileCables {
  /** Cable pages: one per text payload, {@code 10HOSTILEPAGE1}… */
  static final String PAGE_STATION = "HOSTILEPAGE";
  /** cables.csv rows: one per text payload, {@code 10HOSTILECSV1}… */
  static final String CSV_STATION = "HOSTILECSV";
  /** The one page-text cable. */
  static final String TEXT_ID = "10HOSTILETEXT1";

  private HostileCables() {}

  static String pageId(int n) {
    return "10" + PAGE_STATION + n;
  }

  static String csvId(int n) {
    return "10" + CSV_STATION + n;
  }

  /** Writes every crafted cable under {@code dir} and returns what to import. */
  static List<Path> write(Path dir) throws IOException {
    List<Path> inputs = new ArrayList<>();
    Path pages = Files.createDirectories(dir.resolve("cable/2010/01"));
    for (int n = 1; n <= Payloads.TEXT.size(); n++) {
      Files.writeString(pages.resolve(pageId(n) + ".html"), page(n, Payloads.TEXT.get(n - 1)), StandardCharsets.UTF_8);
    }
    inputs.add(dir.resolve("cable"));
    Path csv = dir.resolve("hostile.csv");
    StringBuilder rows = new StringBuilder();
    for (int n = 1; n <= Payloads.TEXT.size(); n++) {
      rows.append(csvRow(n, Payloads.TEXT.get(n - 1)));
    }
    Files.writeString(csv, rows, StandardCharsets.UTF_8);
    inputs.add(csv);
    Path text = dir.resolve(TEXT_ID + "-page.txt");
    Files.writeString(text, pageText(String.join(" ", Payloads.TEXT.subList(0, 6))), StandardCharsets.UTF_8);
    inputs.add(text);
    return inputs;
  }

  /** The telegram's body with the payload as subject, tag, reference, classifying officer and in paragraphs. */
  private static List<String> body(String station, int n, String payload) {
    return List.of(
        "C O N F I D E N T I A L " + station + " " + String.format("%06d", n),
        "",
        "SIPDIS",
        "",
        "E.O. 12958: DECL: 01/01/2020",
        "TAGS: PREL, " + payload,
        "SUBJECT: HOSTILE " + n + " " + payload,
        "",
        "REF: A. " + payload + " B. 09 MEXICO 3093",
        "",
        "Classified By: Ambassador " + payload + ". Reason: 1.4 (b),(d).",
        "",
        "1. (C) Hostile paragraph " + payload + " ends here.",
        "",
        "2. (C) " + payload,
        "",
        "MALLORY");
  }

  private static List<String> header(String station, int n, String payload) {
    return List.of(
        "VZCZCXYZ" + String.format("%04d", n),
        "RR RUEHWEB",
        "DE RUEHXX #" + String.format("%04d", n) + " 0151000",
        "ZNY CCCCC ZZH",
        "R 151000Z JAN 10",
        "FM AMEMBASSY " + station + " " + payload,
        "TO RUEHC/SECSTATE WASHDC " + payload,
        "INFO RUEHME/AMEMBASSY MEXICO");
  }

  private static String page(int n, String payload) {
    String id = pageId(n);
    StringBuilder articles = new StringBuilder();
    for (String link : Payloads.LINKS) {
      articles.append("<a href='").append(html(link)).append("'>").append(html(link)).append("</a><br />\n");
    }
    return "<html><head><title>" + id + "</title></head><body>\n"
        + "<div class='pane big'>\n<h3>Viewing cable " + id + ", HOSTILE " + n + " " + html(payload) + "</h3>\n"
        + "<table class='cable'>\n<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>\n"
        + "<tr><td><a href='/cable/2010/01/" + id + ".html'>" + id + "</a></td>"
        + "<td><a href='/date/2010-01_0.html'>2010-01-" + day(n) + " 10:00</a></td>"
        + "<td><a href='/reldate/2011-08-30_0.html'>2011-08-30 01:44</a></td>"
        + "<td><a href='/classification/2_0.html'>CONFIDENTIAL</a></td>"
        + "<td><a href='/origin/1_0.html'>Embassy " + html(payload) + "</a></td></tr>\n"
        + "<tr><td colspan='5'>Appears in these articles:<br />\n" + articles + "</td></tr>\n</table>\n"
        + "<code><pre>" + pre(header(PAGE_STATION, n, payload)) + "</pre></code>\n"
        + "<code><pre>" + pre(body(PAGE_STATION, n, payload)) + "</pre></code>\n"
        + "</div>\n</body></html>\n";
  }

  private static String csvRow(int n, String payload) {
    return "\"" + n + "\",\"1/" + Integer.parseInt(day(n)) + "/2010 10:00\",\"" + csvId(n) + "\",\"Embassy " + csv(payload)
        + "\",\"CONFIDENTIAL\",\"\",\"" + csv(String.join("\n", header(CSV_STATION, n, payload)))
        + "\",\"" + csv(String.join("\n", body(CSV_STATION, n, payload))) + "\"\n";
  }

  private static String pageText(String payload) {
    StringBuilder articles = new StringBuilder();
    for (String link : Payloads.LINKS) {
      articles.append('<').append(link).append(">\n\n");
    }
    return "Viewing cable " + TEXT_ID + ", HOSTILE TEXT " + payload + "\n\n"
        + "Reference ID\tCreated\tReleased\tClassification\tOrigin\n"
        + TEXT_ID + "\t2010-01-05 10:00\t2011-08-30 01:44\tCONFIDENTIAL\tEmbassy " + payload + "\n\n"
        + "Appears in these articles:\n\n" + articles
        + String.join("\n", header("HOSTILETEXT", 1, payload)) + "\n\n"
        + String.join("\n\n", body("HOSTILETEXT", 1, payload)) + "\n";
  }

  private static String day(int n) {
    return String.format("%02d", 1 + (n - 1) % 28);
  }

  private static String pre(List<String> lines) {
    return html(String.join("\n", lines)).replace("\n", "&#x000A;");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
  }

  private static String csv(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
