package org.cablearchive.web.thread;

import java.util.List;
import org.cablearchive.web.Chrome;

/** The most cited cables of a selection, held or not. */
public record MostCitedPage(Chrome chrome, String heading, String lead, String station, String year, String tag,
    List<Entry> entries, List<Link> years) {

  public record Entry(String id, String href, String subject, String meta, int citedBy, String threadHref, boolean held) {}

  public record Link(String text, String href) {}
}
