package org.cablearchive.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cablearchive.archive.CableBuilder;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.SharedModel;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * The model gives the same vectors on every run: the stored form of texts from real cables, of a query
 * and of three cables (read as the archive reads them) equals, byte for byte, what
 * {@code meaning/fixtures.tsv} holds. Run {@link #main} to write that file again after changing the model
 * or how it reads a cable (and change {@link MiniLmMeaning#NAME} with it).
 */
class MeaningFixturesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/meaning/fixtures.tsv");
  private static final HexFormat HEX = HexFormat.of();

  /** Passages of real cables (09MEXICO3093, 66BUENOSAIRES2481, 09BAKU20) and a reader's query. */
  private static final List<String> TEXTS = List.of(
      "SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS:\nThe upcoming visits of Secretary for Public Security (SSP) Genaro"
          + " Garcia Luna and Attorney General (PGR) Arturo Chavez Chavez to Washington come at a key moment in our bilateral"
          + " security relationship.",
      "PRESS REPORTS AND VARIETY EMBASSY SOURCES CONFIRM NEW ARGENTINE LEGISLATION UNILATERALLY CHANGING SEAS JURIS- DICTION"
          + " NOW UNDER ADVANCED REVIEW. REPORTEDLY LAW WOULD ESTABLISH SIX MILE TERRITORIAL SEA",
      "Azerbaijan,s relations with Israel are discreet but close. Each country finds it easy to identify with the other,s"
          + " geopolitical difficulties and both rank Iran as an existential security threat.",
      "strengthening Mexican prosecutors");

  private static List<Cable> cables() {
    return List.of(
        CableBuilder.cable("09MEXICO3093").subject("SCENESETTER FOR SEPARATE MERIDA-RELATED VISITS:")
            .paragraph(TEXTS.get(0)).paragraph("We have made great progress on expanding our bilateral security and law"
                + " enforcement relationship through the Merida Initiative.").build(),
        CableBuilder.cable("66BUENOSAIRES2481").subject("EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS")
            .paragraph(TEXTS.get(1)).build(),
        CableBuilder.cable("09BAKU20").subject("azerbaijan's discreet symbiosis with israel").paragraph(TEXTS.get(2))
            .paragraph("This cable is based on Embassy interactions with Israeli colleagues in Baku.").build());
  }

  private static List<String> computed() {
    List<String> lines = new ArrayList<>();
    lines.add("# kind\tname\tstored bytes (hex); written by MeaningFixturesTest.main for " + MiniLmMeaning.NAME);
    for (int i = 0; i < TEXTS.size(); i++) {
      lines.add("text\t" + i + "\t" + HEX.formatHex(StoredMeaning.vector(SharedModel.MEANING.meaningOf(TEXTS.get(i)))));
    }
    for (Cable cable : cables()) {
      CableMeaning meaning = SharedModel.MEANING.meaningOf(cable);
      lines.add("cable\t" + cable.id().value() + "\t" + HEX.formatHex(StoredMeaning.vector(meaning.vector())));
      lines.add("passages\t" + cable.id().value() + "\t" + HEX.formatHex(StoredMeaning.passages(meaning.passages())));
    }
    return lines;
  }

  @Test
  void theModelGivesTheStoredVectorsExactly() throws IOException {
    assertThat(computed()).isEqualTo(Files.readAllLines(FIXTURES, StandardCharsets.UTF_8));
  }

  @Test
  void aCableIsReadAsItsSubjectAndOpeningPassages() {
    CableMeaning meaning = SharedModel.MEANING.meaningOf(cables().get(0));
    assertThat(meaning.passages()).extracting(CableMeaning.Passage::paragraph).containsExactly(1, 2);
    double length = 0;
    for (float x : meaning.vector()) {
      length += x * x;
    }
    assertThat(Math.abs(length - 1)).isLessThan(1e-5);
  }

  /** Writes the fixtures from the model as it is now. */
  public static void main(String[] args) throws IOException {
    Files.write(FIXTURES, computed(), StandardCharsets.UTF_8);
  }
}
