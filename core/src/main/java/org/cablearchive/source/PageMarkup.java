package org.cablearchive.source;

/**
 * The little HTML the cable pages use, read by hand: tags are dropped and character references
 * decoded. The pages are machine-written and regular, so a scan is enough — and it is many times
 * faster than building a document tree for a 70 KB page whose cable is 5 KB of it.
 */
final class PageMarkup {
  private PageMarkup() {}

  /** The text of {@code html[from, to)}: tags removed, entities decoded, {@code &#x000A;} as newlines. */
  static String text(String html, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int run = i;
      char c = html.charAt(i);
      while (c != '<' && c != '&' && ++i < to) {
        c = html.charAt(i);
      }
      out.append(html, run, i);
      if (i >= to) {
        break;
      }
      if (c == '<') {
        int close = html.indexOf('>', i);
        i = close < 0 || close >= to ? to : close + 1;
      } else {
        i = appendEntity(html, i, to, out);
      }
    }
    return out.toString();
  }

  /** Decodes the reference at {@code at}; an unknown or broken one is kept as written. */
  private static int appendEntity(String html, int at, int to, StringBuilder out) {
    int semi = html.indexOf(';', at);
    if (semi < 0 || semi >= to || semi - at > 10) {
      out.append('&');
      return at + 1;
    }
    String name = html.substring(at + 1, semi);
    int code = codePoint(name);
    if (code < 0) {
      out.append('&');
      return at + 1;
    }
    out.appendCodePoint(code);
    return semi + 1;
  }

  private static int codePoint(String name) {
    switch (name) {
      case "amp": return '&';
      case "lt": return '<';
      case "gt": return '>';
      case "quot": return '"';
      case "apos": return '\'';
      case "nbsp": return ' ';
      default: break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return -1;
    }
    try {
      int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16)
          : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(cp) ? cp : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The 1-based line of {@code offset}, counting from {@code knownLine} at {@code knownOffset}. */
  static int lineAt(String text, int knownOffset, int knownLine, int offset) {
    int line = knownLine;
    for (int i = knownOffset; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
