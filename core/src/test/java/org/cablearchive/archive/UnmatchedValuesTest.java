package org.cablearchive.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.archive.CableBuilder.cable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cablearchive.archive.UnmatchedValues.Suggestion;
import org.cablearchive.archive.UnmatchedValues.Unmatched;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole-value field given a value no cable has says so, with the values the reader most likely meant. */
class UnmatchedValuesTest {
  @TempDir static Path dir;
  static Archive archive;

  @BeforeAll
  static void store() throws IOException {
    archive = LuceneArchive.open(dir.resolve("archive"));
    archive.store(cable("09MEXICO3093").origin("Embassy Mexico").tags("PREL", "MX").build());
    archive.store(cable("09MEXICO3094").origin("Embassy Mexico").tags("PREL").build());
    archive.store(cable("09MONTERREY12").origin("Consulate Monterrey").tags("SNAR").build());
    archive.store(cable("08NEWMEXICO1").origin("Office New Mexico").tags("PGOV").build());
    archive.store(cable("09TEHRAN5").origin("Embassy Tehran").tags("IR", "PREL").handling("NOFORN").build());
    archive.commit();
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void aWordOfAWholeValueSuggestsTheValuesHavingIt() throws IOException {
    assertThat(UnmatchedValues.in("origin:mexico", archive)).containsExactly(new Unmatched("origin", "mexico", List.of(
        new Suggestion("Embassy Mexico", 2, "origin:\"Embassy Mexico\""),
        new Suggestion("Office New Mexico", 1, "origin:\"Office New Mexico\""))));
    assertThat(UnmatchedValues.in("origin:mexico", archive).get(0).message()).isEqualTo(
        "origin:mexico matches no cable: origin values are matched whole. Did you mean origin:\"Embassy Mexico\" (2 cables)"
            + " or origin:\"Office New Mexico\" (1 cable)?");
  }

  @Test
  void wordsAfterAnUnquotedValueAreTriedAsTheRestOfIt() throws IOException {
    assertThat(UnmatchedValues.in("merida origin:Embassy Mexico police", archive)).containsExactly(new Unmatched("origin", "Embassy",
        List.of(new Suggestion("Embassy Mexico", 2, "merida origin:\"Embassy Mexico\" police"))));
    assertThat(UnmatchedValues.in("(origin:office new mexico)", archive).get(0).suggestions())
        .containsExactly(new Suggestion("Office New Mexico", 1, "(origin:\"Office New Mexico\")"));
  }

  @Test
  void valuesThatExistInAnyCaseAndWhatIsNotAPlainValueAreLeftAlone() throws IOException {
    assertThat(UnmatchedValues.in("origin:\"embassy MEXICO\" tag:prel handling:noforn Origin:embassy* tag:[A TO C]"
        + " \"origin:mexico\" classification:secret~ text:mexico", archive)).isEmpty();
  }

  @Test
  void aValueLikeNoneSaysSoWithoutSuggestions() throws IOException {
    List<Unmatched> found = UnmatchedValues.in("tag:PRELL OR tag:PREL", archive);
    assertThat(found).containsExactly(new Unmatched("tag", "PRELL", List.of()));
    assertThat(found.get(0).message()).isEqualTo("tag:PRELL matches no cable: tag values are matched whole. No tag contains \"PRELL\".");
  }
}
