package org.cablearchive.network;

import java.util.List;
import org.cablearchive.model.ReferenceId;

/**
 * A cable and the chain of references around it.
 *
 * @param focus the cable the thread is drawn around
 * @param depth how many steps it goes each way
 * @param nodes the focus (step 0), what it cites (steps -1, -2, …) and what cites it (steps 1, 2, …)
 * @param edges every reference among the nodes
 * @param cut whether some step had more cables than the thread shows
 */
public record Thread(ReferenceId focus, int depth, List<Node> nodes, List<Edge> edges, boolean cut) {
  public Thread {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A cable of the thread and how many steps it is from the focus (negative: cited by the chain, positive: citing it). */
  public record Node(CableNetwork.Standing standing, int step) {}

  /** {@code from} references {@code to}. */
  public record Edge(ReferenceId from, ReferenceId to) {}
}
