package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceIdsTest {

  @ParameterizedTest(name = "{0} (default year {1}) -> {2}")
  @CsvSource({
      "09MEXICO3093, 0, 09MEXICO3093",
      "09 MEXICO 3093, 0, 09MEXICO3093",
      "MEXICO 3093, 2009, 09MEXICO3093",
      "MEXICO 3093, 9, 09MEXICO3093",
      "09MEXICO003093, 0, 09MEXICO3093",
      "09mexico3093, 0, 09MEXICO3093",
      "(99) LONDON 123, 0, 99LONDON123",
      "QUITO 4525-91, 0, 91QUITO4525",
      "06 TBILISI 0619, 0, 06TBILISI619",
      "https://wikileaks.org/cable/2009/10/09MEXICO3093.html, 0, 09MEXICO3093",
      "../../../cable/2009/10/09MEXICO3093.html#par3, 0, 09MEXICO3093",
      "08ECTION01OF02MANAMA492, 0, 08MANAMA492",
      "06SECION01OF02HARARE628, 0, 06HARARE628",
      "07SECTION02OF03EIJING483, 0, 07BEIJING483",
      "09SECTION02OF03QRIPOLI583, 0, 09TRIPOLI583",
      "08SECTION01GF02BISHIEK21, 0, 08BISHKEK21",
      "0901OF02RPODUBAI288, 0, 09RPODUBAI288",
      "06EFTOCAIRO123, 0, 06CAIRO123",
      "90STATE255195TOSEC140301, 0, 90STATE255195TOSEC140301",
      "66BUENOSAIRES2481, 0, 66BUENOSAIRES2481"})
  void canonicalSpellings(String spelled, int defaultYear, String canonical) {
    assertThat(ReferenceIds.canonical(spelled, defaultYear)).contains(ReferenceId.of(canonical));
  }

  @Test
  void aSpellingWithoutYearNeedsADefaultYear() {
    assertThat(ReferenceIds.canonical("MEXICO 3093", 0)).isEmpty();
    assertThat(ReferenceIds.canonical("MEXICO 3093")).isEmpty();
  }

  @Test
  void textThatIsNoIdIsEmpty() {
    assertThat(ReferenceIds.canonical(null, 2009)).isEmpty();
    assertThat(ReferenceIds.canonical("", 2009)).isEmpty();
    assertThat(ReferenceIds.canonical("the embassy's e-mail", 2009)).isEmpty();
    assertThat(ReferenceIds.canonical("09MEXICO0", 2009)).isEmpty();
    assertThat(ReferenceIds.canonical("3093", 2009)).isEmpty();
  }

  @Test
  void stationsKnownToTheReleaseAreNotChanged() {
    assertThat(ReferenceIds.canonical("09USUNNEWYORK497", 0)).isEqualTo(Optional.of(ReferenceId.of("09USUNNEWYORK497")));
    assertThat(ReferenceIds.canonical("86BONN123", 0)).contains(ReferenceId.of("86BONN123"));
  }
}
