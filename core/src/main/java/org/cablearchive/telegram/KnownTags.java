package org.cablearchive.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The subject and organisation tag codes of the release ({@code known-tags.txt}, from the release's tag
 * lists), so that a person's name among linked tags can be told from a code.
 */
final class KnownTags {
  private static final Set<String> KNOWN = load();

  private KnownTags() {}

  static boolean isKnown(String code) {
    return KNOWN.contains(code);
  }

  private static Set<String> load() {
    Set<String> tags = new HashSet<>();
    try (InputStream in = KnownTags.class.getResourceAsStream("known-tags.txt")) {
      if (in == null) {
        throw new IllegalStateException("known-tags.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          tags.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(tags);
  }
}
