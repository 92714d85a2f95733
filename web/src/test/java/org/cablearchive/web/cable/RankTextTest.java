package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cable page writes its rank line without a formatter (counts by {@code Counted.grouped}): the same text as {@code String.format} would give. */
class RankTextTest {
  @Test
  void ratiosHaveOneDecimalAsFormatRoundsThem() {
    Random random = new Random(7);
    for (int run = 0; run < 20_000; run++) {
      double value = run % 4 == 0 ? (run / 4) * 0.05 : random.nextDouble() * Math.pow(10, random.nextInt(7) - 2);
      assertThat(CableController.oneDecimal(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }
  }
}
