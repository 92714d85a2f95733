package org.cablearchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import org.cablearchive.archive.Archive;
import org.cablearchive.web.api.ApiController;
import org.cablearchive.web.api.NetworkApi;
import org.cablearchive.web.person.PersonController;
import org.cablearchive.web.post.PostController;
import org.cablearchive.web.thread.MostCitedController;
import org.cablearchive.web.thread.ThreadController;
import org.cablearchive.web.browse.BrowseController;
import org.cablearchive.web.cable.CableController;
import org.cablearchive.web.cable.CablePageBuilder;
import org.cablearchive.web.feed.FeedController;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.RoutingIndicators;
import org.cablearchive.web.search.SearchController;
import org.cablearchive.web.search.SearchPageBuilder;

/**
 * The reading room: the web site and JSON API over one archive, served by an embedded Jetty.
 *
 * <pre>{@code
 * ReadingRoom room = ReadingRoom.start(archive, "127.0.0.1", 8080);  // port 0 picks a free port
 * ... room.port() ...
 * room.stop();
 * }</pre>
 *
 * <p>The archive stays the caller's: stopping the reading room does not close it.
 */
public final class ReadingRoom implements AutoCloseable {
  /** How long a rendered page (cable, search, list, index, front page) is reused: an import shows on pages within this time. */
  static final Duration RECENT_PAGES_AGE = Duration.ofSeconds(60);
  /** About 20 KB a page: at most some 100 MB of memory. */
  static final int RECENT_PAGES = 5_000;

  private final Javalin app;
  private final CompletableFuture<Void> frontPage;

  private ReadingRoom(Javalin app, CompletableFuture<Void> frontPage) {
    this.app = app;
    this.frontPage = frontPage;
  }

  /**
   * Starts serving {@code archive} on {@code bind:port} with the bundled lookup tables; absolute links
   * name {@code http://localhost:<port>} (see {@link SiteAddress#defaultFor}).
   */
  public static ReadingRoom start(Archive archive, String bind, int port) {
    return start(archive, bind, port, SiteAddress.listening(bind));
  }

  /** As above, with absolute links naming {@code site}. */
  public static ReadingRoom start(Archive archive, String bind, int port, SiteAddress site) {
    return start(archive, bind, port, site, Glossary.bundled(), RoutingIndicators.bundled());
  }

  public static ReadingRoom start(Archive archive, String bind, int port, SiteAddress site, Glossary glossary,
      RoutingIndicators routes) {
    Pages pages = new Pages();
    RecentPages recent = new RecentPages(RECENT_PAGES_AGE, RECENT_PAGES);
    HomeController home = new HomeController(archive, pages, glossary, recent);
    // First, so that the front page's figures are worked out on the second core while this one starts the server.
    CompletableFuture<Void> frontPage = home.prepare();
    ObjectMapper json = ApiController.mapper();
    Javalin app = Javalin.create(config -> configure(config, archive, site, pages, json, glossary, routes, recent, home));
    app.start(bind, port);
    return new ReadingRoom(app, frontPage);
  }

  private static void configure(JavalinConfig config, Archive archive, SiteAddress site, Pages pages,
      ObjectMapper json, Glossary glossary, RoutingIndicators routes, RecentPages recent, HomeController home) {
    config.startup.showJavalinBanner = false;
    // A GET-only address asked with POST or OPTIONS is there, but not for that method: 405, not 404.
    config.http.prefer405over404 = true;
    answerHeadAsGet(config);
    config.routes.before(ctx -> {
      SecurityHeaders.apply(ctx);
      RequestGuard.check(ctx);
    });
    config.routes.after(ConditionalGet::apply);
    new ErrorResponses(pages, json).register(config.routes);
    new StaticFiles().register(config.routes);
    new SiteMap(archive, site, recent).register(config.routes);
    home.register(config.routes);
    new CableController(archive, pages, new CablePageBuilder(glossary, routes), recent, site).register(config.routes);
    new SearchController(archive, pages, new SearchPageBuilder(glossary), recent).register(config.routes);
    BrowseController browse = new BrowseController(archive, pages, glossary, recent);
    browse.register(config.routes);
    new FeedController(archive, site).register(config.routes);
    new ApiController(archive, json, browse).register(config.routes);
    new NetworkApi(archive, json).register(config.routes);
    new PersonController(archive, pages, recent).register(config.routes);
    new PostController(archive, pages, recent, routes).register(config.routes);
    new ThreadController(archive, pages, recent).register(config.routes);
    new MostCitedController(archive, pages, recent).register(config.routes);
  }

  /**
   * Every GET route also answers HEAD with the same handler, wherever it is registered: the status and
   * headers (a redirect's {@code Location} included) are those of the GET, and Jetty sends no body.
   * Without this, Javalin answers HEAD on any GET route with an empty 200.
   */
  private static void answerHeadAsGet(JavalinConfig config) {
    config.events.handlerAdded(added -> {
      if (added.getHttpMethod() == HandlerType.GET) {
        config.routes.head(added.getPath(), added.getHandler());
      }
    });
  }

  /**
   * Completes once the front page, rendered from the start beside the server's own start, is ready (or
   * its rendering failed): other work of the start (the archive's network) waits for it, not to take
   * the second core from a reader's first request.
   */
  public CompletableFuture<Void> frontPagePrepared() {
    return frontPage;
  }

  /** The port actually listened on (useful after starting on port 0). */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
