package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthsTest {
  @Test
  void keysAreYearAndMonthWithTheirZeros() {
    assertThat(Months.key(Months.index(1966, 1))).isEqualTo("1966-01");
    assertThat(Months.key(Months.index(2010, 12))).isEqualTo("2010-12");
    assertThat(Months.key(Months.index(987, 3))).isEqualTo("0987-03");
    assertThat(Months.yearKey(Months.index(5, 11))).isEqualTo("0005");
    assertThat(Months.key(Months.index(12345, 10))).isEqualTo("12345-10");
  }

  @Test
  void keysAgreeWithFormatting() {
    for (long index = -30; index < 12 * 10_001; index += 7) {
      assertThat(Months.key(index)).isEqualTo(String.format("%04d-%02d", index / 12, index % 12 + 1));
      assertThat(Months.yearKey(index)).isEqualTo(String.format("%04d", index / 12));
    }
  }
}
