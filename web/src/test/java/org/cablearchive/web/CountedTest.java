package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountedTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertThat(Counted.of(1, "archived cable")).isEqualTo("1 archived cable");
    assertThat(Counted.of(0, "version")).isEqualTo("0 versions");
    assertThat(Counted.of(251_287, "cable")).isEqualTo("251,287 cables");
  }

  @Test
  void countsAreGroupedAsFormatGroupsThem() {
    Random random = new Random(42);
    for (int run = 0; run < 20_000; run++) {
      long count = run < 2_000 ? run - 1_000 : random.nextLong() >> random.nextInt(64);
      assertThat(Counted.grouped(count)).isEqualTo(String.format(Locale.ROOT, "%,d", count));
    }
    assertThat(Counted.grouped(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
    assertThat(Counted.grouped(251_287)).isEqualTo("251,287");
  }
}
