package org.cablearchive.web.person;

import java.util.List;
import org.cablearchive.web.Chrome;

/** The list of people: everyone, or those a name matches. */
public record PeoplePage(Chrome chrome, String query, String lead, List<Entry> entries) {
  public record Entry(String name, String href, String context, int cables, String lastPost) {}
}
