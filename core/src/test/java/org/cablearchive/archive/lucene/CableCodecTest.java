package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.cablearchive.archive.CableBuilder;
import org.cablearchive.archive.SampleCorpus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;
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
  void oneEncoderReusedForEveryCableGivesEachItsOwnBytesAndTextHash() throws Exception {
    CableCodec.Encoder encoder = new CableCodec.Encoder();
    for (Cable cable : SampleCorpus.cables()) {
      BytesRef reused = encoder.encode(cable);
      assertThat(Arrays.copyOfRange(reused.bytes, reused.offset, reused.offset + reused.length))
          .isEqualTo(CableCodec.encode(cable));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(cable.header().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(cable.body().getBytes(StandardCharsets.UTF_8));
      assertThat(encoder.textHash()).as(cable.id().value()).isEqualTo(ByteBuffer.wrap(sha.digest()).getLong());
    }
  }

  @Test
  void aParagraphKeepsItsPlaceInTheBody() {
    String body = "1. (C) Placed\n   paragraph.\n2. (C) Second.";
    Cable placed = CableBuilder.cable("09MEXICO3093").body(body).paragraph(new Paragraph(1, "C", "Placed paragraph.", 7, 27))
        .paragraph(new Paragraph(2, "C", "Second.", 35, 42)).build();
    byte[] bytes = CableCodec.encode(placed);
    assertThat(CableCodec.decode(bytes, 0, bytes.length).paragraphs()).containsExactlyElementsOf(placed.paragraphs());
  }

  @Test
  void nullsReadBackAsNulls() {
    Cable sparse = new Cable(org.cablearchive.model.ReferenceId.of("66BUENOSAIRES2481"), null, false, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, true, null, null, null, null);
    byte[] bytes = CableCodec.encode(sparse);
    assertThat(CableCodec.decode(bytes, 0, bytes.length)).isEqualTo(sparse);
  }
}
