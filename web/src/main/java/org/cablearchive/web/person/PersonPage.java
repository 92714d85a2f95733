package org.cablearchive.web.person;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.search.DateHistogram;

/** Everything a person's page shows, as display text and site paths. */
public record PersonPage(
    Chrome chrome,
    String name,
    String context,
    String summary,
    DateHistogram timeline,
    String yearShown,
    String allYearsHref,
    List<Term> posts,
    List<RoleSection> roles,
    Mentions mentions,
    List<Companion> companions,
    List<Spelling> spellings,
    List<String> merges,
    String feedHref,
    String jsonHref) {

  /** The cables of one role: the first of them, and where the rest are. */
  public record RoleSection(String key, String heading, String countText, List<CableRow> rows, String nextHref,
      String allHref) {}

  /** A post held: where, when, and the titles given. */
  public record Term(String post, String href, String years, String titles, String countText) {}

  /** Cables whose text names the person in full (outside the structured fields). */
  public record Mentions(boolean searched, String countText, List<CableRow> rows, String searchHref, String phrases) {}

  public record Companion(String name, String href, String context, int cables) {}

  public record Spelling(String text, String role, int cables) {}
}
