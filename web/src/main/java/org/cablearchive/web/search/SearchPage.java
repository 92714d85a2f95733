package org.cablearchive.web.search;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;

/**
 * What the search page shows; every value is display text or a site path. {@code goToId} is the
 * reference ID the query spells when the archive holds or cites that cable (the page offers to open it),
 * else empty; {@code notices} say why a search may find less than meant (a value no cable has, an ID the
 * archive does not know) and where to go instead.
 */
public record SearchPage(
    Chrome chrome,
    String query,
    List<Mode> modes,
    String goToId,
    List<Notice> notices,
    String error,
    String modeNote,
    boolean searched,
    String totalText,
    String rangeText,
    List<HitView> hits,
    List<FacetGroup> facets,
    List<Chip> selected,
    DateHistogram histogram,
    List<Choice> sorts,
    List<Hidden> hidden,
    Pager pager,
    String feedHref,
    String jsonHref) {

  /**
   * One way of finding cables the form offers, as a radio button.
   *
   * @param value the {@code mode} parameter
   * @param label what the reader sees
   * @param hint what it does, in a few words
   * @param chosen whether this search is made this way
   */
  public record Mode(String value, String label, String hint, boolean chosen) {}

  /** Something the reader should know about the query, with the searches that work instead. */
  public record Notice(String text, List<Link> links) {}

  /** A link with its label. */
  public record Link(String label, String href) {}

  /** A hit: its list line, how often it is cited, and why it matched. */
  public record HitView(CableRow row, int citedBy, List<SnippetView> snippets) {}

  /** A matched passage linking to its paragraph; the text is cut into plain and {@code <mark>}ed pieces. */
  public record SnippetView(String href, String label, List<Fragment> fragments, boolean byMeaning) {}

  /** A piece of snippet text; {@code marked} pieces matched the query. */
  public record Fragment(String text, boolean marked) {}

  /** The counts of one facet field; {@code moreHref} lists every value when there are more than shown, else null. */
  public record FacetGroup(String key, String label, List<FacetOption> options, String moreHref) {}

  /** One value of a facet: following {@code href} selects it, or deselects it when {@code selected}. */
  public record FacetOption(String value, String title, long count, boolean selected, String href) {}

  /** A selected filter with the address that removes it. */
  public record Chip(String label, String removeHref) {}

  /** A choice such as a sort order; the chosen one has no link. */
  public record Choice(String label, String href, boolean chosen) {}

  /** A parameter the search form carries along so that a new query keeps the current filters. */
  public record Hidden(String name, String value) {}
}
