package org.cablearchive.web.thread;

import java.util.List;
import org.cablearchive.web.Chrome;

/** The thread of a cable: its drawing, and the same cables as a list for readers without pictures. */
public record ThreadPage(Chrome chrome, String id, String cableHref, String lead, ThreadDrawing drawing, List<Step> steps,
    List<Depth> depths, String cutNotice, String jsonHref) {

  /** The cables one step from the focus. */
  public record Step(String heading, List<Item> items) {}

  public record Item(String id, String href, String text) {}

  /** A choice of how many steps to draw. */
  public record Depth(int steps, String href, boolean chosen) {}
}
