package org.cablearchive.telegram.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How often one field of the parsed cables agrees with what the page shows, with a few disagreements. */
final class Agreement {
  private static final int EXAMPLES = 8;

  final String field;
  int compared;
  int agreed;
  final List<String> examples = new ArrayList<>();

  Agreement(String field) {
    this.field = field;
  }

  void record(String id, Object parsed, Object shown) {
    compared++;
    if (Objects.equals(parsed, shown)) {
      agreed++;
    } else if (examples.size() < EXAMPLES) {
      examples.add(id + ": parsed `" + shorten(parsed) + "`, page `" + shorten(shown) + "`");
    }
  }

  double rate() {
    return compared == 0 ? 0 : 100.0 * agreed / compared;
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value).replace('\n', ' ').replace('`', '\'');
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
