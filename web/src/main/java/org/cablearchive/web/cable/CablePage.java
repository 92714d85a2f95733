package org.cablearchive.web.cable;

import java.util.List;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.lookup.ClassificationReason;
import org.cablearchive.web.lookup.HandlingCaveat;

/**
 * Everything the cable page shows, as display text and site paths. {@code telegram} is null unless the
 * release published the cable's telegram in more than one document; {@code metadataConflicts} says, a
 * sentence a field, where releases of one text state different metadata.
 */
public record CablePage(
    Chrome chrome,
    String id,
    String subject,
    Fact created,
    Fact released,
    Fact classification,
    Fact origin,
    TelegramSections telegram,
    List<Link> articles,
    String header,
    List<Recipient> from,
    List<Recipient> to,
    List<Recipient> info,
    List<BodyBlock> body,
    List<TagView> tags,
    List<ReferenceView> references,
    List<CableRow> citedBy,
    List<CableRow> related,
    List<VersionView> versions,
    List<String> metadataConflicts,
    String olderVersionNotice,
    String changesTitle,
    List<ChangedLine> changes,
    String classifiedBy,
    String declassifyOn,
    List<ClassificationReason> reasons,
    List<HandlingCaveat> caveats,
    String url,
    String shareLine,
    String citation,
    String jsonHref,
    Place place) {

  /**
   * The cable's place among people and references: its citation rank, its thread, and the people its
   * structured fields name.
   */
  public record Place(String rankText, String threadHref, List<Named> people) {}

  /** A person the cable names, with the roles in which it names them. */
  public record Named(String name, String href, String roles) {}

  /** A value of the top box and the list it belongs to. */
  public record Fact(String text, String href) {}

  /** A press article as published; {@code href} is null when it is not a web address, and the text is shown unlinked. */
  public record Link(String text, String href) {}

  /** A header addressee with its station named from the routing-indicator table. */
  public record Recipient(String route, String station, String name, String precedence) {}

  /** A tag with its list and what it means. */
  public record TagView(String tag, String href, String kind, String description) {}

  /**
   * One item of the REF line.
   *
   * @param href the cited cable's page, or null when the item is not a cable
   * @param held whether the archive holds the cited cable
   */
  public record ReferenceView(String bullet, String text, String id, String href, boolean held) {}

  /**
   * A line of the comparison of two releases: {@code kind} is {@code " "} (in both), {@code "-"} (only in
   * the older), {@code "+"} (only in the newer), {@code "~"} (lines that changed, compared word by word in
   * {@code pieces}) or {@code "…"} (unchanged lines left out).
   */
  public record ChangedLine(String kind, String text, List<Piece> pieces) {
    public ChangedLine(String kind, String text) {
      this(kind, text, List.of());
    }

    public boolean removed() {
      return kind.equals("-");
    }

    public boolean added() {
      return kind.equals("+");
    }

    public boolean changed() {
      return kind.equals("~");
    }

    public boolean gap() {
      return kind.equals("…");
    }
  }

  /**
   * A run of words of a changed line: in both releases ({@code " "}), only in the older ({@code "-"}) or
   * only in the newer ({@code "+"}); {@code redaction} when it is a run of X's that blacks out a name,
   * {@code restored} when it is text that took the place of one.
   */
  public record Piece(String kind, String text, boolean redaction, boolean restored) {
    public boolean removed() {
      return kind.equals("-");
    }

    public boolean added() {
      return kind.equals("+");
    }
  }

  /**
   * One release of the cable.
   *
   * @param statedOtherwise for a release of an earlier version's text that states other metadata, what it
   *     states otherwise ("the text of version 1, stating classification SECRET (version 1: CONFIDENTIAL)"); else empty
   */
  public record VersionView(int number, String released, String href, boolean current, boolean shown,
      String statedOtherwise) {}
}
