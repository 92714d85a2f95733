package org.cablearchive.web.browse;

import java.util.List;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.search.SearchPage;

/** Every value of one kind with its count, e.g. all origins. */
public record IndexPage(Chrome chrome, String heading, String intro, List<SearchPage.Choice> orders,
    List<Entry> entries) {
  /** A value, its list, its count, what it means and (for years) its months. */
  public record Entry(String label, String href, long count, String description, List<Entry> children) {}
}
