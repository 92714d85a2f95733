package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Where the parser says each paragraph stands in the body, checked on every release of the bundled
 * real sample: the archive stores paragraphs as those places and reads their text back from them.
 */
class ParagraphPlacesTest {

  @Test
  void everyPlacedParagraphReadsAsItsTextFromTheBody() {
    int placed = 0;
    for (Cable cable : SampleCorpus.cables()) {
      String body = cable.body();
      int previousEnd = 0;
      for (Paragraph p : cable.paragraphs()) {
        if (p.start() < 0) {
          continue;
        }
        placed++;
        String where = cable.id() + " ¶" + p.number();
        assertThat(p.standsIn(body)).as(where).isTrue();
        assertThat(Paragraph.textOf(body, p.start(), p.end())).as(where).isEqualTo(p.text());
        assertThat(p.start()).as(where).isGreaterThanOrEqualTo(previousEnd);
        assertThat(Paragraph.isSpace(body.charAt(p.start()))).as(where).isFalse();
        assertThat(Paragraph.isSpace(body.charAt(p.end() - 1))).as(where).isFalse();
        previousEnd = p.end();
      }
    }
    assertThat(placed).isGreaterThan(5_000);
  }

  @Test
  void onlyEmptyParagraphsAndLinesThatLostABackslashHaveNoPlace() {
    for (Cable cable : SampleCorpus.cables()) {
      boolean escapedBreaks = cable.body().contains("\\\n") || cable.body().contains("\\\r");
      for (Paragraph p : cable.paragraphs()) {
        if (p.start() < 0) {
          assertThat(p.text().isEmpty() || escapedBreaks).as(cable.id() + " ¶" + p.number()).isTrue();
        }
      }
    }
  }
}
