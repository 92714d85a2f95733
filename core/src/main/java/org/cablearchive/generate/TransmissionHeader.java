package org.cablearchive.generate;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cablearchive.model.Classification;

/**
 * Composes the header column: the partial-extract note, an old-style header (before 1990: the
 * precedence line first, addressees by name), or a full automated-network header with transmission
 * id, relay line, DE line, security line, precedence and date-time group matching the created date,
 * and FM/TO/INFO lines with routing indicators.
 */
final class TransmissionHeader {
  static final String PARTIAL_EXTRACT =
      "This record is a partial extract of the original cable. The full text of the original cable is not available.";

  private static final char[] PRECEDENCE = {'R', 'P', 'O', 'Z'};
  private static final int[] PRECEDENCE_WEIGHTS = {55, 35, 9, 1};
  private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ROOT);
  private static final DateTimeFormatter JULIAN = DateTimeFormatter.ofPattern("DDDHHmm", Locale.ROOT);

  private final ReleaseProfile profile;

  TransmissionHeader(ReleaseProfile profile) {
    this.profile = profile;
  }

  String compose(PlannedCable cable, Station station, SplittableRandom random) {
    if (cable.partial()) {
      return PARTIAL_EXTRACT;
    }
    char precedence = PRECEDENCE[Citations.weighted(PRECEDENCE_WEIGHTS, random)];
    StringBuilder h = new StringBuilder(600);
    if (cable.year() < 1990) {
      oldStyle(h, cable, station, precedence, random);
    } else {
      network(h, cable, station, precedence, random);
    }
    return h.toString();
  }

  private void oldStyle(StringBuilder h, PlannedCable cable, Station station, char precedence, SplittableRandom random) {
    int info = random.nextInt(6);
    h.append(precedence).append(info > 0 ? " R " : " ").append(dtg(cable.created())).append('\n');
    h.append("FM ").append(station.sender()).append('\n');
    h.append("TO SECSTATE WASHDC").append(precedenceWord(precedence)).append('\n');
    for (int i = 0; i < info; i++) {
      h.append(i == 0 ? "INFO " : "").append(name(addressee(random))).append('\n');
    }
    trimLastNewline(h);
  }

  private void network(StringBuilder h, PlannedCable cable, Station station, char precedence, SplittableRandom random) {
    h.append("VZCZC").append(random.nextInt(3) == 0 ? "XYZ" : "XRO").append(String.format(Locale.ROOT, "%04d", random.nextInt(10_000))).append('\n');
    h.append(precedence).append(precedence);
    int relays = 1 + random.nextInt(8);
    for (int i = 0; i < relays; i++) {
      h.append(' ').append(route(addressee(random)));
    }
    h.append('\n');
    h.append("DE ").append(station.route()).append(" #").append(String.format(Locale.ROOT, "%04d", cable.serial() % 10_000))
        .append("/01 ").append(JULIAN.format(cable.created())).append('\n');
    h.append(securityLine(cable.classification())).append('\n');
    h.append(precedence).append(' ').append(dtg(cable.created())).append('\n');
    h.append("FM ").append(station.sender()).append('\n');
    addressees(h, station, precedence, random);
    trimLastNewline(h);
  }

  private void addressees(StringBuilder h, Station station, char precedence, SplittableRandom random) {
    String word = precedenceWord(precedence);
    if (station.code().equals("STATE")) {
      int to = 1 + random.nextInt(4);
      for (int i = 0; i < to; i++) {
        h.append(i == 0 ? "TO " : "").append(addressee(random)).append(word).append(' ').append(1 + random.nextInt(9999)).append('\n');
      }
    } else {
      h.append("TO RUEHC/SECSTATE WASHDC").append(word).append(' ').append(1 + random.nextInt(9999)).append('\n');
    }
    int info = random.nextInt(9);
    for (int i = 0; i < info; i++) {
      h.append(i == 0 ? "INFO " : "").append(addressee(random));
      if (random.nextBoolean()) {
        h.append(word).append(' ').append(1 + random.nextInt(9999));
      }
      h.append('\n');
    }
  }

  private String addressee(SplittableRandom random) {
    List<String> all = profile.addressees();
    return all.get(random.nextInt(all.size()));
  }

  private static String route(String addressee) {
    return addressee.substring(0, addressee.indexOf('/'));
  }

  private static String name(String addressee) {
    return addressee.substring(addressee.indexOf('/') + 1);
  }

  static String securityLine(Classification c) {
    return switch (c) {
      case UNCLASSIFIED, UNCLASSIFIED_FOUO -> "ZNR UUUUU ZZH";
      case CONFIDENTIAL, CONFIDENTIAL_NOFORN -> "ZNY CCCCC ZZH";
      case SECRET, SECRET_NOFORN -> "ZNY SSSSS ZZH";
    };
  }

  private static String precedenceWord(char precedence) {
    return switch (precedence) {
      case 'P' -> " PRIORITY";
      case 'O' -> " IMMEDIATE";
      case 'Z' -> " FLASH";
      default -> "";
    };
  }

  static String dtg(LocalDateTime created) {
    return DTG.format(created).toUpperCase(Locale.ROOT);
  }

  private static void trimLastNewline(StringBuilder h) {
    if (h.length() > 0 && h.charAt(h.length() - 1) == '\n') {
      h.setLength(h.length() - 1);
    }
  }
}
