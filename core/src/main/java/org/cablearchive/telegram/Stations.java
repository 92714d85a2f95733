package org.cablearchive.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stations (posts) that sent cables in the release, as they are spelled in reference IDs
 * ({@code MEXICO}, {@code SAOPAULO}, {@code USUNNEWYORK}). The list is {@code stations.txt}: every
 * station of a well-formed published ID seen at least three times, plus a few rare real posts
 * (BONN, KRAKOW…). It lets the parser tell a cited cable ({@code SAO PAULO 335}) from other numbers
 * and repair station names the release garbled ({@code QRIPOLI}, {@code EIJING}).
 */
final class Stations {
  /** Prefixes that garbled transmissions glued to station names ({@code EFTOCAIRO}). */
  private static final List<String> GLUED_PREFIXES = List.of("EFTO", "NOFORN", "SIFIED", "UNCLAS", "SENSITIVE");
  private static final Set<String> KNOWN = load();

  private Stations() {}

  static boolean isKnown(String station) {
    return KNOWN.contains(station);
  }

  /**
   * The station as it should be spelled: unchanged when known; else without a glued prefix, or the
   * one known station a single typing error away; else unchanged.
   */
  static String repaired(String station) {
    if (KNOWN.contains(station) || station.length() < 4) {
      return station;
    }
    for (String prefix : GLUED_PREFIXES) {
      if (station.startsWith(prefix) && KNOWN.contains(station.substring(prefix.length()))) {
        return station.substring(prefix.length());
      }
    }
    String only = null;
    for (String known : KNOWN) {
      if (oneEditApart(station, known)) {
        if (only != null) {
          return station;
        }
        only = known;
      }
    }
    return only == null ? station : only;
  }

  /** Whether one substitution, insertion or deletion turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      return a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    return la < lb ? a.regionMatches(i, b, i + 1, la - i) : a.regionMatches(i + 1, b, i, lb - i);
  }

  private static Set<String> load() {
    Set<String> stations = new HashSet<>();
    try (InputStream in = Stations.class.getResourceAsStream("stations.txt")) {
      if (in == null) {
        throw new IllegalStateException("stations.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          stations.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(stations);
  }
}
