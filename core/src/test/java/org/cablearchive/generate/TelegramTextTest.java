package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.cablearchive.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TelegramTextTest {
  private static ReleaseProfile profile;
  private static final LocalDateTime OCT_27_2009 = LocalDateTime.of(2009, 10, 27, 22, 38);

  @BeforeAll
  static void load() {
    profile = ReleaseProfile.load();
  }

  @Test
  void aPartialExtractHasTheNoteForHeader() {
    PlannedCable c = cable(Classification.CONFIDENTIAL, true, OCT_27_2009);

    assertThat(new TransmissionHeader(profile).compose(c, profile.station("MEXICO"), new SplittableRandom(1)))
        .isEqualTo("This record is a partial extract of the original cable. The full text of the original cable is not available.");
  }

  @Test
  void aNetworkHeaderMatchesTheCreatedDateStationAndClassification() {
    PlannedCable c = cable(Classification.CONFIDENTIAL, false, OCT_27_2009);

    List<String> lines = new TransmissionHeader(profile).compose(c, profile.station("MEXICO"), new SplittableRandom(1)).lines().toList();

    assertThat(lines.get(0)).matches("VZCZC(XRO|XYZ)\\d{4}");
    assertThat(lines.get(1)).matches("([RPOZ])\\1( RU[A-Z]+| R[A-Z]+)+");
    assertThat(lines.get(2)).isEqualTo("DE RUEHME #3093/01 3002238");
    assertThat(lines.get(3)).isEqualTo("ZNY CCCCC ZZH");
    assertThat(lines.get(4)).matches("[RPOZ] 272238Z OCT 09");
    assertThat(lines.get(5)).isEqualTo("FM AMEMBASSY MEXICO");
    assertThat(lines.get(6)).matches("TO RUEHC/SECSTATE WASHDC( PRIORITY| IMMEDIATE| FLASH)? \\d+");
  }

  @Test
  void anOldCableStartsWithItsPrecedenceLine() {
    PlannedCable c = new PlannedCable(1, "66BUENOSAIRES2481", "BUENOSAIRES", 2481, LocalDateTime.of(1966, 12, 28, 18, 48),
        Classification.UNCLASSIFIED, false);

    String header = new TransmissionHeader(profile).compose(c, profile.station("BUENOSAIRES"), new SplittableRandom(2));

    assertThat(header).matches("(?s)[RPOZ]( R)? 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC.*");
  }

  @Test
  void theBodyStartsWithTheClassificationLineAndCarriesTheFrontMatter() {
    PlannedCable c = cable(Classification.SECRET_NOFORN, false, OCT_27_2009);

    String body = new TelegramBody(profile).compose(c, profile.station("MEXICO"), List.of(), new SplittableRandom(4));

    assertThat(body).matches("(?s)S E C R E T (SECTION 01 OF \\d\\d )?MEXICO 003093 \n.*");
    assertThat(body).contains("NOFORN \n", "E.O. 12958: DECL: 10/27/2019 \n", "\nTAGS: ", "\nSUBJECT: ", "\nClassified By: ");
    assertThat(body).containsPattern("\n1\\. \\((S/NF|S|C)\\) ");
    assertThat(body).doesNotContain("REF:");
  }

  @Test
  void anUnclassifiedBodyHasNoClassifiedByLineAndNoDeclassificationDate() {
    PlannedCable c = cable(Classification.UNCLASSIFIED_FOUO, false, OCT_27_2009);

    String body = new TelegramBody(profile).compose(c, profile.station("MEXICO"), List.of(), new SplittableRandom(4));

    assertThat(body).startsWith("UNCLAS ").contains("SENSITIVE \n", "E.O. 12958: N/A \n").doesNotContain("Classified By");
  }

  @Test
  void theRefLineNamesStationsAsBodiesSpellThemAndTheYearOnlyWhenItDiffers() {
    PlannedCable c = cable(Classification.CONFIDENTIAL, false, OCT_27_2009);
    List<Citation> cited = List.of(
        new Citation("09BUENOSAIRES2463", 9, "BUENOSAIRES", 2463),
        new Citation("08STATE123456", 8, "STATE", 123456));

    assertThat(new TelegramBody(profile).refLine(c, cited)).isEqualTo("REF: A. BUENOS AIRES 2463 B. 08 STATE 123456");
    assertThat(new TelegramBody(profile).refLine(c, cited.subList(0, 1))).isEqualTo("REF: BUENOS AIRES 2463");
  }

  @Test
  void declassificationFollowsTheOrderInForce() {
    assertThat(TelegramBody.decontrol(cable(Classification.SECRET, false, LocalDateTime.of(1988, 3, 1, 0, 0))))
        .isEqualTo("E.O. 12356: DECL: OADR");
    assertThat(TelegramBody.decontrol(cable(Classification.UNCLASSIFIED, false, LocalDateTime.of(1975, 3, 1, 0, 0))))
        .isEqualTo("E.O. 11652: N/A");
  }

  @Test
  void bodyLengthsFollowTheSampleDistribution() {
    PlannedCable c = cable(Classification.CONFIDENTIAL, false, OCT_27_2009);
    TelegramBody composer = new TelegramBody(profile);
    int[] lengths = new int[2_001];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = composer.compose(c, profile.station("MEXICO"), List.of(), new SplittableRandom(i)).length();
    }
    Arrays.sort(lengths);

    assertThat(profile.bodyLength(0.5)).isEqualTo(6_629);
    assertThat((double) lengths[1_000]).isCloseTo(6_629, org.assertj.core.data.Percentage.withPercentage(5));
    assertThat((double) lengths[1_800]).isCloseTo(profile.bodyLength(0.9), org.assertj.core.data.Percentage.withPercentage(8));
  }

  private static PlannedCable cable(Classification c, boolean partial, LocalDateTime created) {
    return new PlannedCable(1, "09MEXICO3093", "MEXICO", 3093, created, c, partial);
  }
}
