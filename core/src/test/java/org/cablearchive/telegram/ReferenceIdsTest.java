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
      "90STATE255195TOSEC140301, 0, 90STATE255195",
      "06MADRID002583ZFR2585, 0, 06MADRID2583",
      "08ACCRA001382SUSPECTEDDUPLICATE1392, 0, 08ACCRA1392",
      "09EFTOLONDON2468, 0, 09LONDON2468",
      "09AMEMBASSYHANOI1284, 0, 09HANOI1284",
      "85NOFORNMOGADISHU1643, 0, 85MOGADISHU1643",
      "09SIFIEDABUJA1673, 0, 09ABUJA1673",
      "05EMBASSYVIENNA1, 0, 05VIENNA1",
      "05USVIENNA1, 0, 05VIENNA1",
      "05RIO123, 0, 05RIODEJANEIRO123",
      "RIO 329, 2009, 09RIODEJANEIRO329",
      "05UNVIE1, 0, 05UNVIEVIENNA1",
      "05USUNESCOPARISFR1, 0, 05UNESCOPARISFR1",
      "09UNESCOPARIS12, 0, 09UNESCOPARISFR12",
      "06SECSTATE123, 0, 06STATE123",
      "03SECTATE12, 0, 03STATE12",
      "07PAP12, 0, 07PORTAUPRINCE12",
      "06PORT-OF-SPAIN123, 0, 06PORTOFSPAIN123",
      "08KUALALUMP1234, 0, 08KUALALUMPUR1234",
      "01WELLINGOTN12, 0, 01WELLINGTON12",
      "08RIODEJANIERO1234, 0, 08RIODEJANEIRO1234",
      "07BUENOSQRES633, 0, 07BUENOSAIRES633",
      "07QXICO3307, 0, 07MEXICO3307",
      "06AITTAIPIE2654, 0, 06AITTAIPEI2654",
      "03MADRIDSP1234, 0, 03MADRID1234",
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
  void theSectionAPublishedIdSwallowedIsReadBack() {
    assertThat(ReferenceIds.publishedSection("08SCTION02OF02SAOPAULO335")).contains(new org.cablearchive.model.Section(2, 2));
    assertThat(ReferenceIds.publishedSection("08SECTION01GF02BISHIEK21")).contains(new org.cablearchive.model.Section(1, 2));
    assertThat(ReferenceIds.publishedSection("06SECTION01O02HONGKONG2311")).contains(new org.cablearchive.model.Section(1, 2));
    assertThat(ReferenceIds.publishedSection("09SECTIOQ1OF06HARARE876")).contains(new org.cablearchive.model.Section(1, 6));
    assertThat(ReferenceIds.publishedSection("09SECTION0QF05HANOI297")).isEmpty();
    assertThat(ReferenceIds.publishedSection("09MEXICO3093")).isEmpty();
  }

  @Test
  void onlyCableIdsOfARealShapeAreCited() {
    assertThat(ReferenceListReader.cites("IIR 6 960 0007 10 DTG 291454Z OCT 09", 2009)).isEmpty();
    assertThat(ReferenceListReader.cites("BUCK-RICCI E-MAIL (19JUN09)", 2009)).isEmpty();
    assertThat(ReferenceListReader.cites("MATAMOROS 37 MATAMOROS 33", 2010)).containsExactly(
        ReferenceId.of("10MATAMOROS37"), ReferenceId.of("10MATAMOROS33"));
    assertThat(ReferenceListReader.cites("09MANAMA", 2010)).isEmpty();
    assertThat(ReferenceListReader.cites("STATE 106206", 1966)).containsExactly(ReferenceId.of("66STATE106206"));
    assertThat(ReferenceListReader.cites("65 BUENOS AIRES 3293", 1966)).containsExactly(ReferenceId.of("65BUENOSAIRES3293"));
  }

  @Test
  void stationsKnownToTheReleaseAreNotChanged() {
    assertThat(ReferenceIds.canonical("09USUNNEWYORK497", 0)).isEqualTo(Optional.of(ReferenceId.of("09USUNNEWYORK497")));
    assertThat(ReferenceIds.canonical("86BONN123", 0)).contains(ReferenceId.of("86BONN123"));
  }
}
