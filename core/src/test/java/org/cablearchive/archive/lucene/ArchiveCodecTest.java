package org.cablearchive.archive.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCodecTest {
  @TempDir Path dir;

  @Test
  void everySegmentIsWrittenWithTheArchiveCodecAndItsCablesReadBack() throws IOException {
    Path data = dir.resolve("archive");
    try (LuceneArchive archive = LuceneArchive.open(data)) {
      for (Cable cable : SampleCorpus.cables()) {
        archive.store(cable);
      }
    }
    try (FSDirectory index = FSDirectory.open(data.resolve("index"))) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(index);
      assertThat(commit.size()).isPositive();
      for (SegmentCommitInfo segment : commit) {
        assertThat(segment.info.getCodec().getName()).isEqualTo(ArchiveCodec.NAME);
      }
    }
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      for (Cable cable : SampleCorpus.cables()) {
        // the same text read twice is stored once, with the first source it came from
        ArchivedCable archived = archive.find(cable.documentId()).orElseThrow();
        assertThat(archived.versions()).extracting(v -> v.cable().withSource(null)).contains(cable.withSource(null));
      }
    }
  }

  @Test
  void chunksOfAnySizeReadBackTheSliceAskedFor() throws IOException {
    Random random = new Random(11);
    StoredAsIs asIs = new StoredAsIs();
    Decompressor decompressor = asIs.newDecompressor();
    try (Compressor compressor = asIs.newCompressor()) {
      for (int size : new int[] {0, 1, 17, 4096, 61_440, 200_000}) {
        byte[] chunk = text(random, size);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        compressor.compress(new ByteBuffersDataInput(java.util.List.of(java.nio.ByteBuffer.wrap(chunk))), out);
        out.writeByte((byte) 42);
        int offset = size / 3;
        int length = size - offset - size / 5;
        BytesRef slice = new BytesRef();
        decompressor.clone().decompress(new ByteArrayDataInput(out.toArrayCopy()), size, offset, length, slice);
        assertThat(Arrays.copyOfRange(slice.bytes, slice.offset, slice.offset + slice.length))
            .isEqualTo(Arrays.copyOfRange(chunk, offset, offset + length));
      }
    }
  }

  @Test
  void storedFormsOfAnySizeDecompressToTheirBytes() throws IOException {
    Random random = new Random(12);
    CableCompression compression = new CableCompression(CableDictionary.shipped());
    CableCompression.Compressor compressor = compression.compressor();
    for (int size : new int[] {0, 1, 17, 127, 128, 4096, 61_440, 200_000}) {
      byte[] padded = text(random, size + 10);
      byte[] stored = compressor.compress(new BytesRef(padded, 7, size));
      byte[] framed = new byte[stored.length + 5];
      System.arraycopy(stored, 0, framed, 3, stored.length);
      assertThat(compression.decompress(new BytesRef(framed, 3, stored.length)))
          .isEqualTo(Arrays.copyOfRange(padded, 7, 7 + size));
    }
  }

  @Test
  void aDictionaryMakesEachCableSmallerThanEightCompressedTogetherWithout() {
    java.util.List<Cable> learnt = new java.util.ArrayList<>();
    java.util.List<Cable> unseen = new java.util.ArrayList<>();
    java.util.List<Cable> sample = SampleCorpus.cables();
    for (int i = 0; i < sample.size(); i++) {
      (i % 2 == 0 ? learnt : unseen).add(sample.get(i));
    }
    byte[] dictionary = CableDictionary.train(learnt, CableDictionary.SIZE);
    long oneWithDictionary = compressedSize(new CableCompression(dictionary), unseen, 1);
    long eightWithout = compressedSize(new CableCompression(new byte[] {0}), unseen, 8);
    assertThat(oneWithDictionary).isLessThan(eightWithout * 95 / 100);
  }

  /** Cables in their stored form, compressed {@code together} at a time. */
  private static long compressedSize(CableCompression compression, java.util.List<Cable> cables, int together) {
    CableCompression.Compressor compressor = compression.compressor();
    long size = 0;
    for (int i = 0; i < cables.size(); i += together) {
      ByteBuffersDataOutput chunk = new ByteBuffersDataOutput();
      for (Cable cable : cables.subList(i, Math.min(cables.size(), i + together))) {
        chunk.writeBytes(CableCodec.encode(cable));
      }
      size += compressor.compress(new BytesRef(chunk.toArrayCopy())).length;
    }
    return size;
  }

  /** Words from a small vocabulary, compressible as cable text is. */
  private static byte[] text(Random random, int size) {
    String[] words = {"embassy ", "tehran ", "prel ", "the ", "ambassador ", "secret ", "1.4(d) ", "\n"};
    StringBuilder text = new StringBuilder();
    while (text.length() < size) {
      text.append(words[random.nextInt(words.length)]);
    }
    return text.substring(0, size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
