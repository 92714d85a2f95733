package org.cablearchive.network;

/**
 * PageRank over the reference graph: a cable ranks high when cables that rank high cite it. Every ID a
 * cable cites is a node, held or not; a node that cites nothing (every cable the archive does not hold,
 * and cables without references) spreads its rank evenly over all nodes, as a reader who reached a
 * dead end starts again anywhere. Ranks sum to 1.
 */
public final class CitationRank {
  /** The chance that a reader follows a reference rather than starting anew (PageRank's usual 0.85). */
  public static final double DAMPING = 0.85;
  private static final double TOLERANCE = 1e-12;
  private static final int MAX_ROUNDS = 200;

  private CitationRank() {}

  /**
   * The rank of every node.
   *
   * @param nodes how many nodes
   * @param citesStart for each node, where its cited nodes begin in {@code cites}; {@code nodes + 1} entries
   * @param cites the cited nodes of each node in turn, each at most once, none the node itself
   */
  public static double[] of(int nodes, int[] citesStart, int[] cites) {
    double[] rank = new double[nodes];
    if (nodes == 0) {
      return rank;
    }
    java.util.Arrays.fill(rank, 1.0 / nodes);
    double[] next = new double[nodes];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double deadEnds = 0;
      for (int n = 0; n < nodes; n++) {
        if (citesStart[n + 1] == citesStart[n]) {
          deadEnds += rank[n];
        }
      }
      double everywhere = (1 - DAMPING) / nodes + DAMPING * deadEnds / nodes;
      java.util.Arrays.fill(next, everywhere);
      for (int n = 0; n < nodes; n++) {
        int out = citesStart[n + 1] - citesStart[n];
        if (out > 0) {
          double share = DAMPING * rank[n] / out;
          for (int e = citesStart[n]; e < citesStart[n + 1]; e++) {
            next[cites[e]] += share;
          }
        }
      }
      double change = 0;
      for (int n = 0; n < nodes; n++) {
        change += Math.abs(next[n] - rank[n]);
      }
      double[] swap = rank;
      rank = next;
      next = swap;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }
}
