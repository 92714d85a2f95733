package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;
import org.junit.jupiter.api.Test;

class BodyLayoutTest {
  private static final String BODY = String.join("\n",
      "C O N F I D E N T I A L MEXICO 003093",
      "SUBJECT: SCENESETTER",
      "",
      "11. (C) Summary. The upcoming visits of Secretary",
      "for Public Security come at a key moment.",
      "",
      "\u00b68. (C) Moreover, the GOM must oversee",
      "a cultural shift.",
      "",
      "FEELEY");

  @Test
  void cutsTheVerbatimBodyAtTheLinesWhereParagraphsStart() {
    List<BodyBlock> blocks = BodyLayout.split(BODY, List.of(
        new Paragraph(1, "C", "Summary. The upcoming visits of Secretary for Public Security come at a key moment."),
        new Paragraph(8, "C", "Moreover, the GOM must oversee a cultural shift.")), n -> "cite " + n);
    assertThat(blocks).containsExactly(
        new BodyBlock(0, "", "", "C O N F I D E N T I A L MEXICO 003093\nSUBJECT: SCENESETTER\n\n", ""),
        new BodyBlock(1, "C", "Confidential", "11. (C) Summary. The upcoming visits of Secretary\nfor Public Security come at a key moment.\n\n", "cite 1"),
        new BodyBlock(8, "C", "Confidential", "\u00b68. (C) Moreover, the GOM must oversee\na cultural shift.\n\nFEELEY", "cite 8"));
    assertThat(String.join("", blocks.stream().map(BodyBlock::text).toList())).isEqualTo(BODY);
  }

  @Test
  void aParagraphNotFoundInTheTextStaysInsideThePreviousBlock() {
    List<BodyBlock> blocks = BodyLayout.split(BODY, List.of(
        new Paragraph(1, "C", "Summary. The upcoming visits"),
        new Paragraph(2, "S", "Text that the body does not hold")));
    assertThat(blocks).extracting(BodyBlock::paragraph).containsExactly(0, 1);
    assertThat(blocks.get(1).text()).endsWith("FEELEY");
  }

  @Test
  void aParagraphIsCutWhereTheParserPlacedItEvenWhenItsWordsComeEarlier() {
    String body = "SUBJECT: VISA FRAUD\n\n1. VISA FRAUD\n\n2. (C) More.";
    List<BodyBlock> blocks = BodyLayout.split(body, List.of(
        new Paragraph(1, null, "VISA FRAUD", 24, 34), new Paragraph(2, "C", "More.", 43, 48)));
    assertThat(blocks).containsExactly(
        new BodyBlock(0, "", "", "SUBJECT: VISA FRAUD\n\n", ""),
        new BodyBlock(1, "", "", "1. VISA FRAUD\n\n", ""),
        new BodyBlock(2, "C", "Confidential", "2. (C) More.", ""));
  }

  /** The parser's own list is cut by places alone, without reading texts: the blocks are those of its records. */
  @Test
  void theParsersParagraphsAreCutAsTheirRecordsWouldBe() {
    String body = "SUBJECT: VISA FRAUD\n\n1. VISA FRAUD\n\n2. (C) More.\n\n3. (S) Last words here.";
    Paragraphs parsed = Paragraphs.of(body).inBody(1, null, 24, 34).inBody(2, "C", 43, 48)
        .written(3, "S", "Last words here.").build();
    List<BodyBlock> blocks = BodyLayout.split(body, parsed, n -> "cite " + n);
    assertThat(blocks).isEqualTo(BodyLayout.split(body, java.util.List.copyOf(parsed), n -> "cite " + n));
    assertThat(blocks).containsExactly(
        new BodyBlock(0, "", "", "SUBJECT: VISA FRAUD\n\n", ""),
        new BodyBlock(1, "", "", "1. VISA FRAUD\n\n", "cite 1"),
        new BodyBlock(2, "C", "Confidential", "2. (C) More.\n\n", "cite 2"),
        new BodyBlock(3, "S", "Secret", "3. (S) Last words here.", "cite 3"));
  }

  @Test
  void aBodyWithoutParagraphsIsOneBlock() {
    assertThat(BodyLayout.split("PLAIN TEXT", List.of())).containsExactly(new BodyBlock(0, "", "", "PLAIN TEXT", ""));
  }

  @Test
  void markingsAreSpelledOut() {
    assertThat(Markings.describe("S/NF")).isEqualTo("Secret, not releasable to foreign nationals (NOFORN)");
    assertThat(Markings.describe("SBU")).isEqualTo("Sensitive but unclassified");
    assertThat(Markings.describe("XYZ")).isEmpty();
  }
}
