package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableBuilder;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.Version;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.RoutingIndicators;
import org.junit.jupiter.api.Test;

/** A version whose text another version holds differs in what it states, and the page says so, not "changes". */
class StatedOtherwiseTest {
  private static final Cable ROW = CableBuilder.cable("10MADRID1").origin("Embassy Madrid").released(null)
      .paragraph("The text both rows hold.").file("cables.csv").build();
  private static final Cable RESTATED = CableBuilder.cable("10MADRID1").origin("Consulate Barcelona")
      .classification(Classification.SECRET).released("2011-04-11T00:00:00Z").paragraph("The text both rows hold.")
      .file("page.html").build();

  @Test
  void aVersionOfAnotherVersionsTextSaysWhatItStatesOtherwise() {
    List<Version> versions = List.of(new Version(null, ROW.source(), false, ROW),
        new Version(RESTATED.released(), RESTATED.source(), true, RESTATED));
    ArchivedCable archived = new ArchivedCable(Statement.withConflicts(RESTATED, versions), versions, List.of());

    CablePage page = new CablePageBuilder(Glossary.bundled(), RoutingIndicators.bundled())
        .build(archived, 0, Set.of(), List.of(), "https://example.org", null);

    assertThat(page.versions()).extracting(CablePage.VersionView::statedOtherwise).containsExactly("",
        "the text of version 1, stating classification SECRET (version 1: CONFIDENTIAL), origin Consulate Barcelona"
            + " (version 1: Embassy Madrid)");
    assertThat(page.metadataConflicts()).containsExactly(
        "Releases of the same text state different classification: CONFIDENTIAL (cables.csv:1) and SECRET (page.html:1);"
            + " each is kept as a version.",
        "Releases of the same text state different origin: Consulate Barcelona (page.html:1) and Embassy Madrid"
            + " (cables.csv:1); each is kept as a version.");
    assertThat(page.changes()).extracting(CablePage.ChangedLine::text).containsExactly("The text is the same; the"
        + " releases state other metadata: classification CONFIDENTIAL → SECRET, origin Embassy Madrid → Consulate Barcelona.");
  }
}
