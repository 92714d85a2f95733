package org.cablearchive.web.lookup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable code → text table read from one of this package's resource files. Lines are
 * {@code CODE<separator>TEXT}; blank lines and lines starting with {@code #} are skipped; codes are
 * matched case-insensitively.
 */
final class LookupTable {
  private final Map<String, String> entries;

  private final List<String> codes;

  private LookupTable(Map<String, String> entries) {
    this.entries = Map.copyOf(entries);
    this.codes = List.copyOf(entries.keySet());
  }

  static LookupTable read(String resource, char separator) {
    try (InputStream in = LookupTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lookup resource missing from the build: " + resource);
      }
      return new LookupTable(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), separator));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lookup resource " + resource, e);
    }
  }

  private static Map<String, String> parse(BufferedReader reader, char separator) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      int split = line.indexOf(separator);
      if (line.isBlank() || line.startsWith("#") || split <= 0) {
        continue;
      }
      entries.putIfAbsent(key(line.substring(0, split)), unquote(line.substring(split + 1).trim()));
    }
    return entries;
  }

  /** The routing-indicator file quotes names that contain commas. */
  private static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    return text;
  }

  private static String key(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }

  Optional<String> get(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(entries.get(key(code)));
  }

  /** The codes in the order of the file. */
  List<String> codes() {
    return codes;
  }

  int size() {
    return entries.size();
  }
}
