package org.cablearchive.generate;

/**
 * A sending post as the generator writes it.
 *
 * @param code the station part of its reference IDs, e.g. {@code BUENOSAIRES}
 * @param origin the origin column, e.g. {@code Embassy Buenos Aires}
 * @param name the station as bodies and references spell it, e.g. {@code BUENOS AIRES}
 * @param route its routing indicator, e.g. {@code RUEHBU}
 * @param sender the header's FM line without {@code FM}, e.g. {@code AMEMBASSY BUENOS AIRES}
 */
record Station(String code, String origin, String name, String route, String sender) {

  static Station parse(String tsvLine) {
    String[] f = tsvLine.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalStateException("stations.tsv: expected 5 fields: " + tsvLine);
    }
    return new Station(f[0], f[1], f[2], f[3], f[4]);
  }
}
