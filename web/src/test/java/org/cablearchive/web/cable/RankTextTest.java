package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cable page writes its rank line without a formatter: the same text as {@code String.format} would give. */
class RankTextTest {
  @Test
  void countsAreGroupedAsFormatGroupsThem() {
    Random random = new Random(42);
    for (int run = 0; run < 20_000; run++) {
      int count = run < 2_000 ? run - 1_000 : random.nextInt(Integer.MAX_VALUE) >> random.nextInt(31);
      assertThat(CableController.grouped(count)).isEqualTo(String.format(Locale.ROOT, "%,d", count));
    }
    assertThat(CableController.grouped(Integer.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Integer.MIN_VALUE));
    assertThat(CableController.grouped(251_287)).isEqualTo("251,287");
  }

  @Test
  void ratiosHaveOneDecimalAsFormatRoundsThem() {
    Random random = new Random(7);
    for (int run = 0; run < 20_000; run++) {
      double value = run % 4 == 0 ? (run / 4) * 0.05 : random.nextDouble() * Math.pow(10, random.nextInt(7) - 2);
      assertThat(CableController.oneDecimal(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }
  }
}
