package org.cablearchive.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The shipped facts about the real release the generator imitates. Loaded once per generator; read
 * only afterwards.
 */
final class ReleaseProfile {
  /** Cables in the real release. */
  static final int RELEASE_CABLES = 251_287;

  private final List<String> ids = new ArrayList<>(RELEASE_CABLES);
  private final List<Integer> months = new ArrayList<>(RELEASE_CABLES);
  private final Map<String, Station> stations = new HashMap<>();
  private final List<String> addressees = new ArrayList<>();
  private final int[] bodyLengthQuantiles = new int[1001];
  private final FrontMatter frontMatter = new FrontMatter();
  private final ParagraphPool paragraphs = new ParagraphPool();

  static ReleaseProfile load() {
    ReleaseProfile p = new ReleaseProfile();
    p.readIds();
    lines("stations.tsv", false, line -> {
      Station s = Station.parse(line);
      p.stations.put(s.code(), s);
    });
    lines("routing-indicators.csv", false, line -> p.addressees.add(line.replaceFirst(",", "/")));
    int[] q = {0};
    lines("body-lengths.txt", false, line -> p.bodyLengthQuantiles[q[0]++] = Integer.parseInt(line.trim()));
    lines("front-matter.tsv.gz", true, p.frontMatter::add);
    lines("paragraphs.txt.gz", true, p.paragraphs::add);
    return p;
  }

  private void readIds() {
    lines("cable-ids.csv.gz", true, line -> {
      int comma = line.indexOf(',');
      ids.add(line.substring(0, comma));
      months.add(Integer.parseInt(line.substring(comma + 1).trim()));
    });
    if (ids.size() != RELEASE_CABLES) {
      throw new IllegalStateException("cable-ids.csv.gz: expected " + RELEASE_CABLES + " IDs, found " + ids.size());
    }
  }

  private static void lines(String resource, boolean gzip, Consumer<String> sink) {
    try (InputStream raw = ReleaseProfile.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("generator resource missing: " + resource);
      }
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          sink.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generator resource " + resource, e);
    }
  }

  /** The real reference IDs in release order. */
  List<String> ids() {
    return ids;
  }

  /** The month (1–12) each real ID was created in. */
  int month(int index) {
    return months.get(index);
  }

  /** The station of a code; a station missing from the table gets a plain embassy. */
  Station station(String code) {
    Station s = stations.get(code);
    return s != null ? s : new Station(code, "Embassy " + code, code, "RUEH" + code.substring(0, Math.min(2, code.length())), "AMEMBASSY " + code);
  }

  /** {@code ROUTE/NAME} addressees for TO and INFO lines. */
  List<String> addressees() {
    return addressees;
  }

  /** The body length at quantile {@code u} in [0, 1) of the real sample, interpolated. */
  int bodyLength(double u) {
    double pos = u * (bodyLengthQuantiles.length - 1);
    int lo = (int) pos;
    int hi = Math.min(lo + 1, bodyLengthQuantiles.length - 1);
    return (int) Math.round(bodyLengthQuantiles[lo] + (pos - lo) * (bodyLengthQuantiles[hi] - bodyLengthQuantiles[lo]));
  }

  FrontMatter frontMatter() {
    return frontMatter;
  }

  ParagraphPool paragraphs() {
    return paragraphs;
  }

  /** Undoes the {@code \\}, {@code \t}, {@code \n} escapes of the shipped TSV files. */
  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char n = field.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
