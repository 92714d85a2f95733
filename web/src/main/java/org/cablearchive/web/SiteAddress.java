package org.cablearchive.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address the reading room gives itself in absolute links: feed and entry ids, the citation and
 * share lines. Never the request's {@code Host} header, which any client can set: either the canonical
 * address ({@code serve --base-url}, by default {@code http://localhost:<port>}, so that ids do not differ
 * between {@code localhost} and {@code 127.0.0.1}), or, only when the operator trusts a proxy in front,
 * the scheme and host that proxy states in {@code Forwarded} or {@code X-Forwarded-Proto}/{@code -Host}.
 */
public final class SiteAddress {
  /** A host as a proxy may state it: a name, IPv4 or bracketed IPv6 address, and an optional port. */
  private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?");

  /** The canonical address, or null for {@link #defaultFor} the address and port the server listens on. */
  private final String base;
  private final String bind;
  private final boolean trustProxy;

  private SiteAddress(String base, String bind, boolean trustProxy) {
    this.base = base;
    this.bind = bind;
    this.trustProxy = trustProxy;
  }

  /** Links name {@link #defaultFor} the server's own address, e.g. {@code http://localhost:8080}. */
  public static SiteAddress listening(String bind) {
    return new SiteAddress(null, bind, false);
  }

  /** Links name {@code baseUrl} whatever a request says. */
  public static SiteAddress canonical(String baseUrl) {
    return new SiteAddress(checked(baseUrl), null, false);
  }

  /**
   * Links name the scheme and host a trusted proxy forwards, and the server's own address when a request
   * comes without them.
   */
  public static SiteAddress behindProxy(String bind) {
    return new SiteAddress(null, bind, true);
  }

  /** The default canonical address of a server listening on {@code bind:port}. */
  public static String defaultFor(String bind, int port) {
    String host = bind.isBlank() || bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]")
        || bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]") || bind.equalsIgnoreCase("localhost")
        ? "localhost" : bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    return "http://" + host + (port == 80 ? "" : ":" + port);
  }

  /**
   * {@code baseUrl} as the site uses it ({@code scheme://host[:port]}, no trailing slash), or an
   * {@link IllegalArgumentException} saying what is wrong with it.
   */
  public static String checked(String baseUrl) {
    URI uri;
    try {
      uri = new URI(baseUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the base URL \"" + baseUrl + "\" is not an address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("the base URL must start with http:// or https:// and name a host, e.g. https://cables.example.org");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the base URL must be scheme://host[:port] only: the reading room is served at the root of its address");
    }
    return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }

  /** Scheme and host for absolute links in the answer to {@code ctx}, e.g. {@code https://cables.example.org}. */
  public String of(Context ctx) {
    String own = base != null ? base : defaultFor(bind, ctx.req().getLocalPort());
    if (!trustProxy) {
      return own;
    }
    return forwarded(ctx.header("Forwarded"))
        .or(() -> xForwarded(ctx.header("X-Forwarded-Proto"), ctx.header("X-Forwarded-Host")))
        .orElse(own);
  }

  /** RFC 7239: the element the nearest proxy added is the last one; it must state the host. */
  static Optional<String> forwarded(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String[] elements = header.split(",");
    String proto = "http";
    String host = null;
    for (String pair : elements[elements.length - 1].split(";")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = unquote(pair.substring(eq + 1).strip());
      if (name.equals("proto")) {
        proto = value.toLowerCase(Locale.ROOT);
      } else if (name.equals("host")) {
        host = value;
      }
    }
    return address(proto, host);
  }

  /** The de-facto headers: the last value is the one the nearest proxy set. */
  static Optional<String> xForwarded(String proto, String host) {
    return address(proto == null ? "http" : last(proto).toLowerCase(Locale.ROOT), host == null ? null : last(host));
  }

  private static Optional<String> address(String proto, String host) {
    if (host == null || !HOST.matcher(host).matches() || !proto.equals("http") && !proto.equals("https")) {
      return Optional.empty();
    }
    return Optional.of(proto + "://" + host.toLowerCase(Locale.ROOT));
  }

  private static String last(String list) {
    String[] values = list.split(",");
    return values[values.length - 1].strip();
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }
}
