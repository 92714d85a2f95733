package org.cablearchive.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;

/**
 * What a search engine's crawler asks a site for: {@code /robots.txt} (everything may be read; searches
 * and feeds, which combine without end, are better left to readers) and the sitemap of every cable page
 * ({@code /sitemap.xml}, an index of {@code /sitemaps/cables-N.xml}, each of at most 50,000 pages as the
 * sitemap protocol allows), oldest cable first.
 */
final class SiteMap {
  /** The most addresses the sitemap protocol allows in one file. */
  static final int PER_FILE = 50_000;
  private static final int BATCH = 1000;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XML = "application/xml; charset=utf-8";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final Archive archive;
  private final SiteAddress site;
  private final RecentPages recent;

  SiteMap(Archive archive, SiteAddress site, RecentPages recent) {
    this.archive = archive;
    this.site = site;
    this.recent = recent;
  }

  void register(RoutesConfig routes) {
    routes.get("/robots.txt", this::robots);
    routes.get("/sitemap.xml", this::index);
    routes.get("/sitemaps/{file}", this::cables);
  }

  private void robots(Context ctx) {
    String text = "User-agent: *\nDisallow: /search\nDisallow: /feeds/\nDisallow: /api/search\n\nSitemap: "
        + site.of(ctx) + "/sitemap.xml\n";
    ctx.contentType("text/plain; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
  }

  private void index(Context ctx) throws IOException {
    String base = site.of(ctx);
    long files = Math.max(1, (archive.stats().cables() + PER_FILE - 1) / PER_FILE);
    List<String> locations = new ArrayList<>();
    for (int n = 1; n <= files; n++) {
      locations.add(base + "/sitemaps/cables-" + n + ".xml");
    }
    ctx.contentType(XML).result(write("sitemapindex", "sitemap", locations));
  }

  private void cables(Context ctx) throws IOException {
    String base = site.of(ctx);
    int n = fileNumber(ctx.pathParam("file"));
    byte[] body = recent.get("/sitemaps/cables-" + n + ".xml@" + base, () -> {
      List<String> pages = new ArrayList<>();
      for (CableSummary cable : cables(n)) {
        pages.add(base + SitePaths.cable(cable.id()));
      }
      return n == 1 || !pages.isEmpty() ? write("urlset", "url", pages) : null;
    });
    if (body == null) {
      throw HttpError.notFound("There is no sitemap file " + n + "; /sitemap.xml lists them.");
    }
    ctx.contentType(XML).result(body);
  }

  private static int fileNumber(String file) {
    String text = file.replaceFirst("^cables-(\\d{1,9})\\.xml$", "$1");
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.notFound("There is no sitemap file " + file + "; /sitemap.xml lists them.");
  }

  /** The cables of file {@code n}, oldest first: the archive is walked a thousand at a time. */
  private List<CableSummary> cables(int n) throws IOException {
    List<CableSummary> cables = new ArrayList<>();
    long skip = (long) (n - 1) * PER_FILE;
    String cursor = null;
    do {
      SearchResult page = archive.search(
          new SearchRequest("", Map.of(), SortOrder.CREATED_ASC, BATCH, cursor, false, 0, null, false));
      for (Hit hit : page.hits()) {
        if (skip > 0) {
          skip--;
        } else if (cables.size() < PER_FILE) {
          cables.add(hit.cable());
        }
      }
      cursor = page.hits().isEmpty() ? null : page.next();
    } while (cursor != null && cables.size() < PER_FILE);
    return cables;
  }

  private static byte[] write(String root, String entry, List<String> locations) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + locations.size() * 64);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(NS);
      for (String location : locations) {
        xml.writeStartElement(entry);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }
}
