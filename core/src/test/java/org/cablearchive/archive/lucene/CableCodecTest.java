package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.archive.CableBuilder;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;

class CableCodecTest {

  @Test
  void aCableReadsBackEqual() {
    Cable cable = CableBuilder.cable("09MEXICO3093").cites("09MEXICO2463", "08MEXICO3595")
        .paragraph("Summary. Ünïcode survives — and so do long texts.").paragraph("Second.").build();
    byte[] bytes = CableCodec.encode(cable);
    assertThat(CableCodec.decode(bytes, 0, bytes.length)).isEqualTo(cable);
  }

  @Test
  void paragraphsCollapsedFromTheBodyOrNotInItReadBackEqual() {
    Cable cable = CableBuilder.cable("09MEXICO3093").paragraph("Repaired paragraph.").paragraph("Second differs.")
        .paragraph("").body("1. (C) Repaired\n   paragraph.\n2. (C) Second.").build();
    byte[] bytes = CableCodec.encode(cable);
    assertThat(CableCodec.decode(bytes, 0, bytes.length)).isEqualTo(cable);
  }

  @Test
  void everyCableOfTheSampleReadsBackEqual() {
    for (Cable cable : SampleCorpus.cables()) {
      byte[] bytes = CableCodec.encode(cable);
      assertThat(CableCodec.decode(bytes, 0, bytes.length)).isEqualTo(cable);
    }
  }

  @Test
  void nullsReadBackAsNulls() {
    Cable sparse = new Cable(org.cablearchive.model.ReferenceId.of("66BUENOSAIRES2481"), null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, true, null, null, null, null);
    byte[] bytes = CableCodec.encode(sparse);
    assertThat(CableCodec.decode(bytes, 0, bytes.length)).isEqualTo(sparse);
  }
}
