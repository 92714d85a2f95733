package org.cablearchive.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion of a word ranking and a meaning ranking: a cable at rank r (from 1)
 * scores {@code weight / (K + r)} in each ranking it is in, and the fused ranking orders cables by their
 * summed scores. Ranks alone are fused, so that word scores (BM25) and vector similarities, which are
 * not comparable, need no scaling. K and the meaning ranking's weight were chosen on the related-cables
 * and known-item measures of docs/meaning.md (K 5 and weight 0.75 did best on both, or near it; the
 * textbook K of 60 found fewer).
 */
public final class RankFusion {
  /** Damps the lead of a ranking's first places. */
  public static final int K = 5;
  /** The meaning ranking counts three quarters of the word ranking. */
  public static final double MEANING_WEIGHT = 0.75;

  private RankFusion() {}

  /**
   * The rankings fused, best first, at most {@code limit} long. Ties keep the order in which the
   * cables were first met, words before meaning.
   */
  public static <T> List<T> fuse(int limit, List<T> words, List<T> meaning) {
    Map<T, Double> scores = new LinkedHashMap<>();
    add(scores, words, 1);
    add(scores, meaning, MEANING_WEIGHT);
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

  private static <T> void add(Map<T, Double> scores, List<T> ranking, double weight) {
    for (int r = 0; r < ranking.size(); r++) {
      scores.merge(ranking.get(r), weight / (K + r + 1), Double::sum);
    }
  }
}
