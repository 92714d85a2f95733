package org.cablearchive.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One figure measured in several runs of the same code: its median, and its spread (largest minus
 * smallest, as a share of the median), which says whether one run could be trusted alone.
 */
record RepeatedRuns(List<Double> values) {
  RepeatedRuns {
    values = values.stream().sorted().toList();
  }

  static Optional<RepeatedRuns> of(List<Double> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(new RepeatedRuns(values));
  }

  double median() {
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  double spread() {
    return (values.get(values.size() - 1) - values.get(0)) / median();
  }

  /** {@code 3,120 (median of 3: 3,010–3,240, spread 7%)}. */
  String describe(String format) {
    if (values.size() == 1) {
      return String.format(Locale.ROOT, format, values.get(0)) + " (one run)";
    }
    return String.format(Locale.ROOT, format + " (median of %d: " + format + "–" + format + ", spread %.0f%%)", median(),
        values.size(), values.get(0), values.get(values.size() - 1), spread() * 100);
  }
}
