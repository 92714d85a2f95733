package org.cablearchive.web.thread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Thread;
import org.cablearchive.web.SitePaths;

/**
 * A thread laid out for SVG: one column per step, what a cable cites to its left and what cites it to
 * its right, each column in date order; references drawn as curves from the citing cable to the cited.
 */
public record ThreadDrawing(int width, int height, List<Box> boxes, List<Line> lines) {
  static final int COLUMN = 200;
  static final int BOX_WIDTH = 160;
  static final int BOX_HEIGHT = 44;
  static final int ROW = 56;
  static final int MARGIN = 10;

  /** A cable: its box, its two lines of text, its link, and whether it is the focus or held at all. */
  public record Box(int x, int y, String id, String line2, String href, String title, boolean focus, boolean held) {
    public int textX() {
      return x + 8;
    }
  }

  /** A reference, as a cubic curve from the citing box to the cited one. */
  public record Line(String path) {}

  static ThreadDrawing of(Thread thread) {
    Map<Integer, List<Thread.Node>> columns = new TreeMap<>();
    for (Thread.Node node : thread.nodes()) {
      columns.computeIfAbsent(node.step(), s -> new ArrayList<>()).add(node);
    }
    int firstStep = columns.keySet().stream().min(Integer::compare).orElse(0);
    int tallest = columns.values().stream().mapToInt(List::size).max().orElse(1);
    Map<String, Box> boxes = new HashMap<>();
    List<Box> ordered = new ArrayList<>();
    columns.forEach((step, nodes) -> {
      nodes.sort(Comparator.comparing((Thread.Node n) -> n.standing().created() == null)
          .thenComparing(n -> n.standing().created(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(n -> n.standing().id()));
      int x = MARGIN + (step - firstStep) * COLUMN;
      int offset = (tallest - nodes.size()) * ROW / 2;
      for (int i = 0; i < nodes.size(); i++) {
        CableNetwork.Standing s = nodes.get(i).standing();
        Box box = new Box(x, MARGIN + offset + i * ROW, s.id().value(),
            s.held() ? SitePaths.day(s.created()) + " · cited " + s.citedBy() + "×" : "not in the archive · cited " + s.citedBy() + "×",
            SitePaths.cable(s.id()), title(s, nodes.get(i).step()), step == 0, s.held());
        boxes.put(s.id().value(), box);
        ordered.add(box);
      }
    });
    List<Line> lines = new ArrayList<>();
    for (Thread.Edge edge : thread.edges()) {
      Box from = boxes.get(edge.from().value());
      Box to = boxes.get(edge.to().value());
      if (from != null && to != null) {
        lines.add(new Line(curve(from, to)));
      }
    }
    int width = MARGIN * 2 + (columns.size() - 1) * COLUMN + BOX_WIDTH;
    int height = MARGIN * 2 + (tallest - 1) * ROW + BOX_HEIGHT;
    return new ThreadDrawing(width, height, ordered, lines);
  }

  private static String title(CableNetwork.Standing s, int step) {
    String where = step == 0 ? "this cable" : step < 0 ? (-step) + (step == -1 ? " step" : " steps") + " back (cited)"
        : step + (step == 1 ? " step" : " steps") + " on (citing)";
    return s.id().value() + ", " + where + ", citation rank " + s.position() + " of " + s.of()
        + (s.held() ? "" : "; the archive does not hold it");
  }

  /** From the citing box's left edge to the cited box's right edge; within one column, around the right side. */
  private static String curve(Box from, Box to) {
    int y1 = from.y() + BOX_HEIGHT / 2;
    int y2 = to.y() + BOX_HEIGHT / 2;
    if (from.x() > to.x()) {
      int x1 = from.x();
      int x2 = to.x() + BOX_WIDTH;
      int mid = (x1 + x2) / 2;
      return "M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " " + y2;
    }
    if (from.x() < to.x()) {
      int x1 = from.x() + BOX_WIDTH;
      int x2 = to.x();
      int mid = (x1 + x2) / 2;
      return "M" + x1 + " " + y1 + " C" + mid + " " + (y1 - ROW) + " " + mid + " " + (y2 - ROW) + " " + x2 + " " + y2;
    }
    int x = from.x() + BOX_WIDTH;
    return "M" + x + " " + y1 + " C" + (x + 30) + " " + y1 + " " + (x + 30) + " " + y2 + " " + x + " " + y2;
  }
}
