package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.archive.PublishedDocument;
import org.cablearchive.archive.Telegram;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.Section;
import org.junit.jupiter.api.Test;

class TelegramSectionsTest {
  private static final ReferenceId OWN = ReferenceId.of("08SAOPAULO335");
  private static final ReferenceId PART = ReferenceId.of("08SCTION02OF03SAOPAULO335");

  @Test
  void aSectionNoTextMarksIsSaidToBePerhapsInTheTelegramsOwnText() {
    Telegram telegram = Telegram.of(OWN, List.of(
        new PublishedDocument(OWN, false, new Section(1, 3), List.of(1), true),
        new PublishedDocument(PART, true, new Section(2, 3), List.of(2), false)));
    TelegramSections view = TelegramSections.of(telegram, PART);
    assertThat(view.partNote()).isEqualTo("This is section 2 of 3 of telegram 08SAOPAULO335, published on its own under the ID"
        + " 08SCTION02OF03SAOPAULO335.");
    assertThat(view.sections()).extracting(TelegramSections.Row::label).containsExactly("SECTION 1 OF 3", "SECTION 2 OF 3",
        "SECTION 3 OF 3");
    assertThat(view.sections().get(1).documents()).containsExactly(
        new TelegramSections.Document("08SCTION02OF03SAOPAULO335", "/cable/08SCTION02OF03SAOPAULO335", true, "published on its own"));
    assertThat(view.sections().get(2).absent()).isEqualTo(
        "No document marks where section 3 begins; the text of 08SAOPAULO335 may hold it.");
    assertThat(view.missing()).isEmpty();
  }

  @Test
  void missingSectionsAreListedInOneSentence() {
    assertThat(TelegramSections.missingLine(List.of(3), 3)).isEqualTo("Section 3 of 3 is not in the release.");
    assertThat(TelegramSections.missingLine(List.of(2, 3), 3)).isEqualTo("Sections 2 and 3 of 3 are not in the release.");
    assertThat(TelegramSections.missingLine(List.of(2, 4, 5), 5)).isEqualTo("Sections 2, 4 and 5 of 5 are not in the release.");
    assertThat(TelegramSections.missingLine(List.of(), 5)).isEmpty();
  }
}
