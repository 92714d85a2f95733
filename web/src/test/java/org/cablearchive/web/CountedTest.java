package org.cablearchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {
  @Test
  void oneIsSingularEverythingElsePlural() {
    assertThat(Counted.of(1, "archived cable")).isEqualTo("1 archived cable");
    assertThat(Counted.of(0, "version")).isEqualTo("0 versions");
    assertThat(Counted.of(251_287, "cable")).isEqualTo("251,287 cables");
  }
}
