package org.cablearchive.source;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cablearchive.model.SourceFormat;

/**
 * Tells a file's format from its first kilobyte, then from its name: content decides where it is
 * unambiguous (pages saved as {@code .txt}, JSON Lines named {@code .json}), the extension otherwise.
 */
final class FormatSniffer {
  /** How much of a file's beginning the sniffer looks at. */
  static final int HEAD_BYTES = 1024;
  private static final Pattern CABLE_FILE = Pattern.compile(".+\\.(html?|csv|txt|jsonl|ndjson|json|tar|tgz|zip|xz|gz)");
  private static final Pattern CSV_ROW = Pattern.compile("\"\\d+\",\"\\d{1,2}/\\d{1,2}/\\d{4}");

  private FormatSniffer() {}

  static SourceFormat detect(String name, byte[] head) {
    String text = DecodedText.of(head).text().stripLeading();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || lower.startsWith("<!doctype html") || lower.contains("<table class='cable'>")
        || lower.contains("<table class=\"cable\">")) {
      return SourceFormat.HTML;
    }
    if (text.startsWith("{")) {
      return SourceFormat.JSONL;
    }
    if (CSV_ROW.matcher(text).lookingAt()) {
      return SourceFormat.CSV;
    }
    if (text.contains("Reference ID\tCreated") || text.contains("Viewing cable")) {
      return SourceFormat.PAGE_TEXT;
    }
    return byName(name);
  }

  /** The format a file name suggests ({@code .csv.xz} counts as {@code .csv}); telegram text otherwise. */
  static SourceFormat byName(String name) {
    String lower = withoutCompression(name.toLowerCase(Locale.ROOT));
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return SourceFormat.HTML;
    }
    if (lower.endsWith(".csv")) {
      return SourceFormat.CSV;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return SourceFormat.JSONL;
    }
    return SourceFormat.TELEGRAM;
  }

  /**
   * Whether a file met in a directory or archive is worth reading: cable formats and archives. Files
   * named on the command line are read whatever their name.
   */
  static boolean isCableFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('\\', '/');
    String base = lower.substring(lower.lastIndexOf('/') + 1);
    return !base.startsWith(".") && !lower.contains("__macosx/") && CABLE_FILE.matcher(base).matches();
  }

  private static String withoutCompression(String lower) {
    if (lower.endsWith(".xz")) {
      return lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(".gz")) {
      return lower.substring(0, lower.length() - 3);
    }
    return lower;
  }
}
