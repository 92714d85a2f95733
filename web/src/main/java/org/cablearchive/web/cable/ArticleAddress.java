package org.cablearchive.web.cable;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a press article's link points. Articles are kept as the cable page published them, and some
 * pages give the address without its scheme ({@code www.spiegel.de}): those are linked over https. Any
 * other text stays unlinked, so that a {@code javascript:} or {@code data:} article never becomes a link.
 */
final class ArticleAddress {
  /**
   * A host name with at least one dot and a top-level domain of letters, an optional port, then a path,
   * query or fragment. The words some pages list as articles ("Yedioth", "print") have no dot.
   */
  private static final Pattern WITHOUT_SCHEME = Pattern.compile(
      "(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}(?::\\d{1,5})?(?:[/?#].*)?", Pattern.CASE_INSENSITIVE);

  private ArticleAddress() {}

  /** The link's target, or empty when the published text is not a web address. */
  static Optional<String> href(String published) {
    String address = published.trim();
    if (address.chars().anyMatch(ArticleAddress::neverInAnAddress)) {
      return Optional.empty();
    }
    String lower = address.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"http://", "https://"}) {
      if (lower.startsWith(scheme)) {
        return address.length() > scheme.length() ? Optional.of(address) : Optional.empty();
      }
    }
    return WITHOUT_SCHEME.matcher(address).matches() ? Optional.of("https://" + address) : Optional.empty();
  }

  /** Spaces and controls end an address; quotes, angle brackets and backslashes are markup, not address. */
  private static boolean neverInAnAddress(int c) {
    return c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\';
  }
}
