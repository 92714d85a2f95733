package org.cablearchive.web.post;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;

/** Everything a post's page shows, as display text and site paths. */
public record PostPage(
    Chrome chrome,
    String name,
    String station,
    String route,
    String routeStation,
    String sender,
    String summary,
    List<ListSection> lists,
    List<YearRow> chiefs,
    Chart chart,
    String originHref,
    String mostCitedHref,
    String jsonHref) {

  /** Sent, received TO or received INFO: the first cables and where the rest are. */
  public record ListSection(String key, String heading, String countText, List<CableRow> rows, String nextHref,
      String firstHref) {}

  /** One year of signers. */
  public record YearRow(int year, String cablesText, List<Signer> signers) {}

  public record Signer(String name, String href, int cables) {}

  /**
   * The posts written to most, one row each, with a bar per year: SVG geometry computed on the server.
   *
   * @param years the year of each column, in order
   */
  public record Chart(int width, int height, int labelWidth, List<Integer> years, List<Row> rows, String caption) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /** A post written to: its name and link, its row's top, its bars and its total. */
  public record Row(String name, String href, int y, int total, List<Bar> bars) {}

  public record Bar(int x, int y, int width, int height, String label) {}
}
