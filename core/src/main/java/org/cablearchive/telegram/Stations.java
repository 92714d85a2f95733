package org.cablearchive.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stations (posts) that sent cables in the release, as they are spelled in reference IDs
 * ({@code MEXICO}, {@code SAOPAULO}, {@code USUNNEWYORK}). The list is {@code stations.txt}: every
 * station of a well-formed published ID of the release seen at least three times, less the garbled
 * spellings among them ({@code EFTOLONDON}), plus a few rare real posts (BONN, KRAKOW…); and
 * {@code station-aliases.txt}, the abbreviations and older names cables use ({@code RIO},
 * {@code USUN}, {@code SECSTATE}).
 *
 * <p>It lets the parser tell a cited cable ({@code SAO PAULO 335}) from other numbers, and repair
 * station names the release garbled: a word glued in front ({@code EFTOLONDON}, {@code AMEMBASSYHANOI},
 * {@code USVIENNA}), a country code behind ({@code MADRIDSP}), letters lost to a Q
 * ({@code BUENOSQRES}), a name cut short ({@code KUALALUMP}), one or two typing errors
 * ({@code WELLINGOTN}, {@code AITTAIPIE}).
 */
final class Stations {
  /** Words that garbled transmissions glued to station names ({@code EFTOCAIRO}) and that writers put before them. */
  private static final List<String> GLUED_PREFIXES = List.of("EFTO", "AMEMBASSY", "EMBASSY", "AMCONSUL", "NOFORN",
      "SIFIED", "UNCLAS", "SENSITIVE", "US");
  private static final Set<String> KNOWN = load("stations.txt");
  private static final Map<String, String> ALIASES = aliases();
  /** Repairs already made: a station is repaired once per process, not once per reference. */
  private static final Map<String, String> REPAIRED = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 50_000;

  private Stations() {}

  static boolean isKnown(String station) {
    return KNOWN.contains(station);
  }

  /** The known station an alias names ({@code USUN} → {@code USUNNEWYORK}), the station itself when known, else null. */
  static String known(String station) {
    if (KNOWN.contains(station)) {
      return station;
    }
    return ALIASES.get(station);
  }

  /**
   * The station as reference IDs spell it: unchanged when known; else the station an alias names, or
   * the one known station a repair of the garbling leads to; else unchanged.
   */
  static String repaired(String station) {
    String known = known(station);
    if (known != null) {
      return known;
    }
    String cached = REPAIRED.get(station);
    if (cached != null) {
      return cached;
    }
    String repaired = repair(station);
    if (REPAIRED.size() < MAX_CACHED) {
      REPAIRED.put(station, repaired);
    }
    return repaired;
  }

  /** Whether the station is known or a repair leads to a known one. */
  static boolean isRepairable(String station) {
    return KNOWN.contains(repaired(station));
  }

  private static String repair(String station) {
    if (station.length() < 3) {
      return station;
    }
    for (String prefix : GLUED_PREFIXES) {
      if (station.startsWith(prefix) && station.length() > prefix.length() + 2) {
        String rest = known(station.substring(prefix.length()));
        if (rest != null) {
          return rest;
        }
      }
    }
    if (station.length() > 5) {
      String withoutCountry = known(station.substring(0, station.length() - 2));
      if (withoutCountry != null) {
        return withoutCountry;
      }
    }
    String only = unique(station);
    return only == null ? station : only;
  }

  /** The one known station the spelling can be: Q for lost letters, a name cut short, or a typing error or two. */
  private static String unique(String station) {
    String match = null;
    boolean lostLetters = station.indexOf('Q') >= 0;
    for (String known : KNOWN) {
      boolean fits = (lostLetters && fitsWithLostLetters(station, known))
          || (station.length() >= 5 && known.length() > station.length() && known.startsWith(station))
          || typos(station, known);
      if (fits) {
        if (match != null && !match.equals(known)) {
          return null;
        }
        match = known;
      }
    }
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      if (alias.getKey().length() >= 6 && typos(station, alias.getKey())) {
        if (match != null && !match.equals(alias.getValue())) {
          return null;
        }
        match = alias.getValue();
      }
    }
    return match;
  }

  /** One typing error (two in a name of nine letters or more), a swap of neighbours counting as one. */
  private static boolean typos(String station, String known) {
    int allowed = Math.min(station.length(), known.length()) >= 9 ? 2 : 1;
    return Math.abs(station.length() - known.length()) <= allowed
        && Spelling.editDistance(station, known, allowed) <= allowed;
  }

  /** Whether {@code known} is {@code station} with each Q standing for one to three lost letters. */
  static boolean fitsWithLostLetters(String station, String known) {
    return fits(station, 0, known, 0);
  }

  private static boolean fits(String s, int i, String k, int j) {
    if (i == s.length()) {
      return j == k.length();
    }
    if (s.charAt(i) == 'Q') {
      for (int take = 1; take <= 3 && j + take <= k.length(); take++) {
        if (fits(s, i + 1, k, j + take)) {
          return true;
        }
      }
      return j < k.length() && k.charAt(j) == 'Q' && fits(s, i + 1, k, j + 1);
    }
    return j < k.length() && s.charAt(i) == k.charAt(j) && fits(s, i + 1, k, j + 1);
  }

  private static Set<String> load(String resource) {
    Set<String> stations = new HashSet<>();
    for (String line : lines(resource)) {
      stations.add(line);
    }
    return Set.copyOf(stations);
  }

  private static Map<String, String> aliases() {
    Map<String, String> aliases = new HashMap<>();
    for (String line : lines("station-aliases.txt")) {
      String[] pair = TelegramLines.words(line);
      if (pair.length != 2 || !KNOWN.contains(pair[1])) {
        throw new IllegalStateException("station-aliases.txt: not 'ALIAS STATION' with a known station: " + line);
      }
      aliases.put(pair[0], pair[1]);
    }
    return Map.copyOf(aliases);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Stations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
