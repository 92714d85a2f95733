package org.cablearchive.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Real subjects, tag lines, "Classified By" lines, handling blocks and signers, kept per station so
 * that a MEXICO cable gets MEXICO's tags and signers; stations the sample lacks draw from all.
 */
final class FrontMatter {

  /** The kinds of text in front-matter.tsv.gz. */
  enum Kind {
    SUBJECT,
    TAGS,
    CLASSIFIED,
    HANDLING,
    SIGNER
  }

  private final Map<Kind, Map<String, List<String>>> byStation = new EnumMap<>(Kind.class);
  private final Map<Kind, List<String>> all = new EnumMap<>(Kind.class);

  FrontMatter() {
    for (Kind k : Kind.values()) {
      byStation.put(k, new HashMap<>());
      all.put(k, new ArrayList<>());
    }
  }

  void add(String tsvLine) {
    String[] f = tsvLine.split("\t", 3);
    Kind kind = Kind.valueOf(f[1]);
    String text = ReleaseProfile.unescape(f[2]);
    byStation.get(kind).computeIfAbsent(f[0], s -> new ArrayList<>()).add(text);
    all.get(kind).add(text);
  }

  /** A real text of this kind, from the station's own cables when the sample has some. */
  String pick(Kind kind, String station, SplittableRandom random) {
    List<String> own = byStation.get(kind).get(station);
    List<String> from = own != null && random.nextInt(10) < 9 ? own : all.get(kind);
    return from.get(random.nextInt(from.size()));
  }

  int size(Kind kind) {
    return all.get(kind).size();
  }
}
