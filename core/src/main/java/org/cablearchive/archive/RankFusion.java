package org.cablearchive.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: a cable at rank r (from 1) of a ranking scores 1 / (K + r) there, and the
 * fused ranking orders cables by their summed scores. Ranks alone are fused, so that word scores (BM25)
 * and vector similarities, which are not comparable, need no scaling; K was chosen on the measures of
 * docs/meaning.md.
 */
public final class RankFusion {
  /** Damps the lead of a ranking's first places. */
  public static final int K = 60;

  private RankFusion() {}

  /**
   * The rankings fused, best first, at most {@code limit} long. Ties keep the order in which the
   * cables were first met, words before meaning.
   */
  @SafeVarargs
  public static <T> List<T> fuse(int limit, List<T>... rankings) {
    Map<T, Double> scores = new LinkedHashMap<>();
    for (List<T> ranking : rankings) {
      for (int r = 0; r < ranking.size(); r++) {
        scores.merge(ranking.get(r), 1.0 / (K + r + 1), Double::sum);
      }
    }
    Map<T, Integer> met = new HashMap<>();
    for (T item : scores.keySet()) {
      met.put(item, met.size());
    }
    List<T> fused = new ArrayList<>(scores.keySet());
    fused.sort((a, b) -> {
      int byScore = Double.compare(scores.get(b), scores.get(a));
      return byScore != 0 ? byScore : Integer.compare(met.get(a), met.get(b));
    });
    return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : List.copyOf(fused);
  }
}
