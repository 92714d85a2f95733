package org.cablearchive.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The demo reading room as a link checker and the validators meet it: every address reached from
 * {@code /} by following links (anchors, stylesheets, feed links, redirects), each fetched with GET and
 * with HEAD. Done once per test run and shared by the crawl and conformance tests.
 *
 * <p>Searches combine filters and orders without end: which pages are followed and which only checked is
 * {@link #expands}.
 */
final class SiteCrawl {
  /** One address as the crawl found it. */
  record Visit(String path, String from, int status, String contentType, String location, String body,
      int headStatus, String headLocation, String headBody, boolean expanded) {
    boolean isHtml() {
      return contentType.startsWith("text/html");
    }

    boolean isAtom() {
      return contentType.startsWith("application/atom+xml");
    }

    boolean isJson() {
      return contentType.startsWith("application/json");
    }
  }

  /** Requests in flight at once: the server answers several readers at a time, as it would a crawler. */
  private static final int CONNECTIONS = 4;
  private static SiteCrawl instance;

  private final Map<String, Visit> visits = new LinkedHashMap<>();

  /** Crawls breadth first, one level of links at a time, each level fetched in parallel. */
  private SiteCrawl(Http http) {
    Map<String, String> frontier = new LinkedHashMap<>();
    frontier.put("/", "");
    java.util.Set<String> seen = new java.util.HashSet<>(frontier.keySet());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONNECTIONS);
    try {
      while (!frontier.isEmpty()) {
        List<java.util.concurrent.Future<Visit>> level = new ArrayList<>();
        frontier.forEach((path, from) -> level.add(pool.submit(() -> visit(http, path, from))));
        Map<String, String> next = new LinkedHashMap<>();
        for (java.util.concurrent.Future<Visit> future : level) {
          Visit visit = future.get();
          visits.put(visit.path(), visit);
          for (String link : links(visit)) {
            if (seen.add(link)) {
              next.put(link, visit.path());
            }
          }
        }
        frontier = next;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("the crawl failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static synchronized SiteCrawl get() {
    if (instance == null) {
      instance = new SiteCrawl(DemoReadingRoom.get().http());
    }
    return instance;
  }

  List<Visit> visits() {
    return new ArrayList<>(visits.values());
  }

  private static Visit visit(Http http, String path, String from) {
    HttpResponse<String> get = http.get(path);
    HttpResponse<String> head = http.head(path);
    String type = get.headers().firstValue("Content-Type").orElse("");
    return new Visit(path, from, get.statusCode(), type, get.headers().firstValue("Location").orElse(null), get.body(),
        head.statusCode(), head.headers().firstValue("Location").orElse(null), head.body(), expands(path));
  }

  /**
   * Whether the crawl follows the links of a page, not only checks it. Searches combine filters and
   * orders without end, and a list in another order holds the same links: so a search with anything but
   * its text, and any page in another order, is checked but not followed. Every other page is followed:
   * each cable, each list page by page, each index.
   */
  static boolean expands(String path) {
    if (path.startsWith("/search")) {
      return !path.contains("&") && !path.contains("?cursor=") && !path.contains("?sort=") && !path.matches("/search\\?(origin|tag|classification|handling|year|month|limit|from)=.*");
    }
    return !path.contains("sort=");
  }

  /** The site's own addresses a visit leads to: its redirect, and the links of an HTML page it expands. */
  private List<String> links(Visit visit) {
    List<String> links = new ArrayList<>();
    if (visit.location() != null) {
      local(visit.path(), visit.location()).ifPresent(links::add);
    }
    if (!visit.expanded() || !visit.isHtml()) {
      return links;
    }
    Document page = Jsoup.parse(visit.body());
    for (Element a : page.select("a[href], link[href]")) {
      local(visit.path(), a.attr("href")).ifPresent(links::add);
    }
    return links;
  }

  /** A link as a path and query of this site, without its fragment; empty for other sites and in-page links. */
  private static Optional<String> local(String base, String href) {
    if (href.isEmpty() || href.startsWith("#") || href.startsWith("data:")) {
      return Optional.empty();
    }
    URI uri = URI.create("http://site" + base).resolve(href.replace(" ", "%20"));
    if (!"site".equals(uri.getHost())) {
      return Optional.empty();
    }
    return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }
}
