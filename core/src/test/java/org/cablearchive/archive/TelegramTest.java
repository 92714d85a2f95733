package org.cablearchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.Section;
import org.junit.jupiter.api.Test;

/** What a telegram's published documents say of its sections, and what they cannot say. */
class TelegramTest {
  private static PublishedDocument part(String id, int number, int of) {
    return new PublishedDocument(ReferenceId.of(id), true, new Section(number, of), List.of(number), false);
  }

  @Test
  void documentsComeInTheOrderOfTheTelegramsOwnTextThenSectionThenId() {
    PublishedDocument own = new PublishedDocument(ReferenceId.of("09TRIPOLI583"), false, new Section(1, 3), List.of(1, 2, 3), false);
    Telegram telegram = Telegram.of(ReferenceId.of("09TRIPOLI583"),
        List.of(part("09SECTION03OF03TRIPOLI583", 3, 3), part("09SECTION02OF03QRIPOLI583", 2, 3),
            part("09SECTION02OF03TRIPOLI583", 2, 3), own));
    assertThat(telegram.documents()).extracting(d -> d.id().value()).containsExactly("09TRIPOLI583",
        "09SECTION02OF03QRIPOLI583", "09SECTION02OF03TRIPOLI583", "09SECTION03OF03TRIPOLI583");
    assertThat(telegram.holding(3)).extracting(d -> d.id().value()).containsExactly("09TRIPOLI583", "09SECTION03OF03TRIPOLI583");
    assertThat(telegram.missing()).isEmpty();
  }

  @Test
  void sectionsNoDocumentHoldsAreMissing() {
    Telegram telegram = Telegram.of(ReferenceId.of("09SANJOSE525"), List.of(part("09SECTION03OF04SANJOSE525", 3, 4),
        part("09SECTION01OF04SANJOSE525", 1, 4)));
    assertThat(telegram.sections()).isEqualTo(4);
    assertThat(telegram.missing()).containsExactly(2, 4);
  }

  @Test
  void whatIsMissingCannotBeToldWhenATextMayHoldSectionsItDoesNotMark() {
    PublishedDocument unmarked = new PublishedDocument(ReferenceId.of("08SAOPAULO335"), false, new Section(1, 3), List.of(1), true);
    Telegram telegram = Telegram.of(ReferenceId.of("08SAOPAULO335"), List.of(part("08SCTION02OF03SAOPAULO335", 2, 3), unmarked));
    assertThat(telegram.holding(3)).isEmpty();
    assertThat(telegram.missing()).isEmpty();
  }
}
