package org.cablearchive.telegram;

import org.cablearchive.model.Addressee;

/**
 * Names a cable's origin from its FM line the way the release does ({@code AMEMBASSY MEXICO} →
 * "Embassy Mexico", {@code AMCONSUL GUADALAJARA} → "Consulate Guadalajara", {@code SECSTATE WASHDC} →
 * "Secretary of State"), and the station of reference IDs ({@code MEXICO}, {@code STATE}).
 * Used only when the source does not state them (a plain telegram).
 */
final class Origins {
  private Origins() {}

  static String origin(Addressee from) {
    String name = from.name();
    if (name.startsWith("SECSTATE")) {
      return "Secretary of State";
    }
    String[][] prefixes = {{"AMEMBASSY ", "Embassy "}, {"AMCONSUL ", "Consulate "}, {"USMISSION ", "Mission "},
        {"USINT ", "US Interests Section "}, {"AMCONSULATE ", "Consulate "}};
    for (String[] prefix : prefixes) {
      if (name.startsWith(prefix[0])) {
        return prefix[1] + titleCase(name.substring(prefix[0].length()));
      }
    }
    return titleCase(name);
  }

  /** The station of reference IDs for the FM line, or null when it is not a known station. */
  static String station(Addressee from) {
    String name = from.name();
    if (name.startsWith("SECSTATE")) {
      return "STATE";
    }
    int space = name.indexOf(' ');
    String place = space < 0 ? name : name.substring(space + 1);
    String joined = place.replace(" ", "");
    if (Stations.isKnown(joined)) {
      return joined;
    }
    String whole = name.replace(" ", "");
    return Stations.isKnown(whole) ? whole : null;
  }

  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean start = true;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
