package org.cablearchive.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The demo reading room as a link checker and the validators meet it, from {@code /}: every kind of
 * address (a route with the names of its parameters, {@link #kind}) is reached, and every link found on
 * the first {@link #EXPANDED_PER_KIND} pages of each kind (in breadth-first order, so the same pages
 * every run) is fetched with GET and with HEAD. Where it is cheap the walk is exhaustive: every cable
 * page the sitemap lists, and every cable a cable page links to (the references are where a link can
 * lead to a cable the archive does not hold). Done once per test run and shared by the crawl and
 * conformance tests.
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

    String kind() {
      return SiteCrawl.kind(path);
    }
  }

  /** Pages of one kind whose links are all followed; the links of later pages of that kind are not. */
  static final int EXPANDED_PER_KIND = 3;
  /** Requests in flight at once: the server answers several readers at a time, as it would a crawler. */
  private static final int CONNECTIONS = 4;
  private static SiteCrawl instance;

  private final Map<String, Visit> visits = new LinkedHashMap<>();
  private final Map<String, Integer> expandedPerKind = new HashMap<>();

  /** Crawls breadth first, one level of links at a time, each level fetched in parallel. */
  private SiteCrawl(Http http) {
    Map<String, String> frontier = new LinkedHashMap<>();
    frontier.put("/", "");
    frontier.put("/sitemap.xml", "");
    frontier.put("/robots.txt", "");
    // What the forms of the front page send: a crawler follows links, a reader also types.
    frontier.put("/search?q=merida", "");
    frontier.put("/cable?id=09+MEXICO+3093", "");
    Set<String> seen = new HashSet<>(frontier.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      while (!frontier.isEmpty()) {
        List<Future<Visit>> level = new ArrayList<>();
        frontier.forEach((path, from) -> {
          level.add(pool.submit(() -> visit(http, path, from)));
        });
        Map<String, String> next = new LinkedHashMap<>();
        for (Future<Visit> future : level) {
          Visit visit = expandedOrNot(future.get());
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
    } catch (ExecutionException e) {
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

  /** The kinds of address reached. */
  Set<String> kinds() {
    Set<String> kinds = new TreeSet<>();
    visits.keySet().forEach(path -> kinds.add(kind(path)));
    return kinds;
  }

  /**
   * Whether the links of this visit are followed: the first {@link #EXPANDED_PER_KIND} of each kind and
   * answer (a page of a cable the archive does not hold is another page than a cable's, under the same route).
   */
  private Visit expandedOrNot(Visit v) {
    boolean expand = expandedPerKind.merge(v.kind() + " " + v.status(), 1, Integer::sum) <= EXPANDED_PER_KIND;
    return new Visit(v.path(), v.from(), v.status(), v.contentType(), v.location(), v.body(), v.headStatus(),
        v.headLocation(), v.headBody(), expand);
  }

  private static Visit visit(Http http, String path, String from) {
    HttpResponse<String> get = http.get(path);
    HttpResponse<String> head = http.head(path);
    String type = get.headers().firstValue("Content-Type").orElse("");
    return new Visit(path, from, get.statusCode(), type, get.headers().firstValue("Location").orElse(null), get.body(),
        head.statusCode(), head.headers().firstValue("Location").orElse(null), head.body(), false);
  }

  /**
   * The kind of an address: its route, with every segment that is not a lower-case word (an ID, a
   * value, a date) as {@code *}, and the names of its parameters, filters ({@code origin}, {@code tag}, …)
   * as one and paging ({@code cursor}, {@code from}, {@code page}) as another: {@code /origin/Embassy%20Mexico?sort=x}
   * and {@code /origin/Embassy%20Paris?sort=y} are one kind, {@code /origin/Embassy%20Mexico} another, and
   * so are {@code /search?q=a&tag=B} and {@code /search?q=c&origin=D&year=2009}.
   */
  static String kind(String path) {
    int q = path.indexOf('?');
    String route = (q < 0 ? path : path.substring(0, q)).replaceAll("/(?![a-z][a-z.-]*(/|$))[^/]+", "/*");
    if (q < 0) {
      return route;
    }
    Set<String> names = new TreeSet<>();
    for (String pair : path.substring(q + 1).split("&")) {
      String name = pair.replaceAll("=.*", "");
      names.add(switch (name) {
        case "origin", "tag", "classification", "handling", "year", "month" -> "filter";
        case "cursor", "from", "page" -> "page";
        default -> name;
      });
    }
    return route + "?" + String.join("&", names);
  }

  /**
   * The site's own addresses a visit leads to: its redirect; every link of a page it expands; the cable
   * pages a sitemap lists and a cable page links to.
   */
  private List<String> links(Visit visit) {
    List<String> links = new ArrayList<>();
    if (visit.location() != null) {
      local(visit.path(), visit.location()).ifPresent(links::add);
    }
    if (visit.path().matches("/sitemaps?[/.].*xml") && visit.status() == 200) {
      Document sitemap = Jsoup.parse(visit.body(), "", Parser.xmlParser());
      sitemap.select("loc").forEach(loc -> local(visit.path(), URI.create(loc.text()).getRawPath()).ifPresent(links::add));
      return links;
    }
    if (!visit.isHtml()) {
      return links;
    }
    Document page = Jsoup.parse(visit.body());
    boolean cablePage = visit.path().startsWith("/cable/");
    for (Element a : page.select("a[href], link[href]")) {
      local(visit.path(), a.attr("href"))
          .filter(link -> visit.expanded() || cablePage && link.startsWith("/cable/"))
          .ifPresent(links::add);
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
