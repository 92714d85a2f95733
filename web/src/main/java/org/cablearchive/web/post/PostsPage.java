package org.cablearchive.web.post;

import java.util.List;
import org.cablearchive.web.Chrome;

/** Every post, most cables sent first. */
public record PostsPage(Chrome chrome, List<Entry> entries) {
  public record Entry(String name, String station, String href, String route, int sent, int received) {}
}
