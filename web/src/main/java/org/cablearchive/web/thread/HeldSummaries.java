package org.cablearchive.web.thread;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;

/**
 * What a list of graph nodes shows of each held one: the summary of the document holding its text, which for
 * a telegram held only in sections published on their own is its first section's.
 */
final class HeldSummaries {
  private HeldSummaries() {}

  /** The summaries of the held nodes among {@code nodes}, by node ID. */
  static Map<ReferenceId, CableSummary> of(Archive archive, List<CableNetwork.Standing> nodes) throws IOException {
    Map<ReferenceId, ReferenceId> nodeOf = new HashMap<>();
    nodes.stream().filter(CableNetwork.Standing::held).forEach(s -> nodeOf.putIfAbsent(s.document(), s.id()));
    Map<ReferenceId, CableSummary> byNode = new HashMap<>();
    for (CableSummary summary : archive.summaries(List.copyOf(nodeOf.keySet()))) {
      byNode.put(nodeOf.get(summary.id()), summary);
    }
    return byNode;
  }

  /** Said after a node's summary when its text is held only in sections published on their own. */
  static String inSections(CableNetwork.Standing s) {
    return s.held() && !s.id().equals(s.document()) ? " · held in sections" : "";
  }
}
