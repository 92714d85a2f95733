package org.cablearchive.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses what each cable cites: recent earlier cables of its own station or of the Department,
 * and about a third never-released cables (the real release cites some 56,000 cables it does not
 * hold), so that reference graphs have both resolved and dangling edges.
 */
final class Citations {
  private static final int RECENT = 300;
  private static final int[] COUNT_WEIGHTS = {50, 20, 15, 10, 5};

  private final List<PlannedCable> plan;
  private final Map<String, int[]> rowsByStation = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  Citations(List<PlannedCable> plan) {
    this.plan = plan;
    Map<String, List<Integer>> rows = new HashMap<>();
    for (PlannedCable c : plan) {
      ids.add(c.id());
      if (isCanonical(c)) {
        rows.computeIfAbsent(c.station(), s -> new ArrayList<>()).add(c.sequence() - 1);
      }
    }
    rows.forEach((station, list) -> rowsByStation.put(station, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** What {@code citing} cites: up to four different cables. */
  List<Citation> of(PlannedCable citing, SplittableRandom random) {
    int count = weighted(COUNT_WEIGHTS, random);
    List<Citation> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String station = random.nextInt(4) == 0 ? "STATE" : citing.station();
      Citation c = random.nextInt(3) == 0 ? null : earlier(station, citing.sequence() - 1, random);
      Citation cited = c != null ? c : unreleased(station, citing.year(), random);
      if (out.stream().noneMatch(o -> o.id().equals(cited.id()))) {
        out.add(cited);
      }
    }
    return out;
  }

  /** A cable of the station among the {@value #RECENT} it sent before row {@code row}, if any. */
  private Citation earlier(String station, int row, SplittableRandom random) {
    int[] rows = rowsByStation.get(station);
    if (rows == null) {
      return null;
    }
    int before = insertionPoint(rows, row);
    if (before == 0) {
      return null;
    }
    PlannedCable c = plan.get(rows[before - 1 - random.nextInt(Math.min(before, RECENT))]);
    return new Citation(c.id(), Integer.parseInt(c.id().substring(0, 2)), c.station(), c.serial());
  }

  private Citation unreleased(String station, int year, SplittableRandom random) {
    int y = random.nextInt(3) == 0 ? year - 1 : year;
    int yy = y % 100;
    int bound = station.equals("STATE") ? 199_999 : 9_999;
    for (int attempt = 0; ; attempt++) {
      long serial = 1 + random.nextInt(bound);
      String id = String.format(Locale.ROOT, "%02d%s%d", yy, station, serial + (attempt > 8 ? 1_000_000L * attempt : 0));
      if (!ids.contains(id)) {
        return new Citation(id, yy, station, Long.parseLong(id.substring(2 + station.length())));
      }
    }
  }

  private static boolean isCanonical(PlannedCable c) {
    return c.id().equals(c.id().substring(0, 2) + c.station() + c.serial());
  }

  private static int insertionPoint(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static int weighted(int[] weights, SplittableRandom random) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
