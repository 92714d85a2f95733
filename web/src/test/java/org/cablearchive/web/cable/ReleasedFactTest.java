package org.cablearchive.web.cable;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.archive.CableBuilder;
import org.junit.jupiter.api.Test;

/** The Released box says where a date came from when it was given at import rather than read. */
class ReleasedFactTest {
  @Test
  void aGivenDateSaysSoAStatedOneIsPlainAndNoneIsUnknown() {
    assertThat(CablePageBuilder.released(CableBuilder.cable("09MEXICO3093").releasedGiven("2011-09-02T00:00:00Z").build()))
        .isEqualTo("2011-09-02 00:00 (given at import)");
    assertThat(CablePageBuilder.released(CableBuilder.cable("09MEXICO3093").released("2011-08-30T01:44:00Z").build()))
        .isEqualTo("2011-08-30 01:44");
    assertThat(CablePageBuilder.released(CableBuilder.cable("09MEXICO3093").released(null).build())).isEqualTo("unknown");
  }
}
