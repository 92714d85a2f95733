package org.cablearchive.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  private static final String CSV_ROW = "\"1\",\"1/2/1967 0:00\",\"67ROME1\",\"Embassy Rome\",\"SECRET\",\"\",\"H\",\"B\"\n";
  private static final String JSON_LINE = "{\"id\":\"09MEXICO3093\",\"body\":\"B\"}\n";

  @TempDir
  Path dir;

  private static byte[] telegram() throws IOException {
    try (InputStream in = SourcesTest.class.getResourceAsStream("/sources/telegram/06MEXICO536.txt")) {
      return in.readAllBytes();
    }
  }

  private static List<SourceItem> read(Path path, Optional<SourceFormat> format) {
    List<SourceItem> items = new ArrayList<>();
    Sources.read(path, format, items::add);
    return items;
  }

  private static List<String> locations(List<SourceItem> items) {
    return items.stream().map(SourcesTest::location).map(l -> l.format() + " " + l).toList();
  }

  private static SourceLocation location(SourceItem item) {
    return item instanceof SourceDocument d ? d.location() : ((Rejection) item).location();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void walksADirectoryInSortedOrderDetectingEachFormat() throws IOException {
    write("b/06MEXICO536.txt", telegram());
    write("a/rows.csv", CSV_ROW + CSV_ROW.replace("\"1\"", "\"2\""));
    write("c.jsonl", JSON_LINE);
    write("a/.hidden.txt", "R 011200Z JAN 09");
    write("README.md", "# notes");
    write(".git/x.txt", "R 011200Z JAN 09");

    List<SourceItem> items = read(dir, Optional.empty());

    assertThat(locations(items)).containsExactly(
        "csv " + dir.resolve("a/rows.csv") + ":1",
        "csv " + dir.resolve("a/rows.csv") + ":2",
        "telegram " + dir.resolve("b/06MEXICO536.txt") + ":1",
        "jsonl " + dir.resolve("c.jsonl") + ":1");
  }

  @Test
  void readsTarXzMembersWithoutUnpackingAndNamesThem() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("cable/2006/01/06MEXICO536.txt", telegram());
    members.put("cable/2006/01/", new byte[0]);
    members.put("release/cables.csv", CSV_ROW.getBytes(StandardCharsets.UTF_8));
    Path archive = write("pages.tar.xz", xz(tar(members)));

    List<SourceItem> items = read(archive, Optional.empty());

    assertThat(locations(items)).containsExactly(
        "telegram " + archive + "!/cable/2006/01/06MEXICO536.txt:1",
        "csv " + archive + "!/release/cables.csv:1");
    assertThat(((SourceDocument) items.get(0)).idAsPublished()).isEqualTo("06MEXICO536");
  }

  @Test
  void readsTarGzZipAndArchivesInsideArchives() throws IOException {
    byte[] innerZip = zip(Map.of("x/09ROME1.jsonl", JSON_LINE.getBytes(StandardCharsets.UTF_8)));
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("inner.zip", innerZip);
    members.put("rows.csv.gz", gzip(CSV_ROW.getBytes(StandardCharsets.UTF_8)));
    Path archive = write("all.tgz", gzip(tar(members)));

    assertThat(locations(read(archive, Optional.empty()))).containsExactly(
        "jsonl " + archive + "!/inner.zip!/x/09ROME1.jsonl:1",
        "csv " + archive + "!/rows.csv.gz:1");
  }

  @Test
  void readsTheBundledSampleOfRealCablePagesFromItsArchive() {
    Path demo = Path.of("..", "samples", "demo-cables.tar.xz");

    List<SourceItem> items = read(demo, Optional.empty());

    assertThat(items).hasSize(641).allMatch(SourceDocument.class::isInstance);
    assertThat(locations(items)).startsWith("html " + demo + "!/cable/1966/12/66BUENOSAIRES2481.html:1")
        .contains("html " + demo + "!/earlier/chillicoder-cablegate/cable/2005/07/05SOFIA1207.html:1");
    assertThat(((SourceDocument) items.get(0)).idAsPublished()).isEqualTo("66BUENOSAIRES2481");
  }

  @Test
  void aDamagedArchiveIsRejectedAndTheWalkGoesOn() throws IOException {
    byte[] archive = xz(tar(Map.of("06MEXICO536.txt", telegram())));
    write("a-damaged.tar.xz", Arrays.copyOf(archive, archive.length / 2));
    write("b.jsonl", JSON_LINE);

    List<SourceItem> items = read(dir, Optional.empty());

    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOfSatisfying(Rejection.class, r -> {
      assertThat(r.location().file()).isEqualTo(dir.resolve("a-damaged.tar.xz").toString());
      assertThat(r.location().line()).isEqualTo(1);
      assertThat(r.reason()).startsWith("cannot read: ");
    });
    assertThat(locations(items).get(1)).isEqualTo("jsonl " + dir.resolve("b.jsonl") + ":1");
  }

  @Test
  void aMissingFileAndADanglingLinkAreRejected() throws IOException {
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

    List<SourceItem> missing = read(dir.resolve("nothing.csv"), Optional.empty());
    List<SourceItem> dangling = read(dir, Optional.empty());

    assertThat(missing).containsExactly(new Rejection(new SourceLocation(SourceFormat.CSV,
        dir.resolve("nothing.csv").toString(), 1), "cannot read: no such file or directory", ""));
    assertThat(dangling).extracting(i -> ((Rejection) i).reason()).containsExactly(
        "cannot read: no such file or directory");
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    Path empty = write("empty.csv", new byte[0]);

    assertThat(read(empty, Optional.empty())).containsExactly(
        new Rejection(new SourceLocation(SourceFormat.CSV, empty.toString(), 1), "the file is empty", ""));
  }

  @Test
  void aGivenFormatOverridesDetection() throws IOException {
    Path file = write("rows.txt", CSV_ROW);

    assertThat(locations(read(file, Optional.empty()))).containsExactly("csv " + file + ":1");
    assertThat(locations(read(file, Optional.of(SourceFormat.TELEGRAM)))).containsExactly("telegram " + file + ":1");
  }

  @Test
  void readsACompressedStreamSuchAsStandardInput() throws IOException {
    List<SourceItem> items = new ArrayList<>();

    Sources.read(new ByteArrayInputStream(gzip((JSON_LINE + JSON_LINE).getBytes(StandardCharsets.UTF_8))), "stdin",
        Optional.empty(), items::add);

    assertThat(locations(items)).containsExactly("jsonl stdin:1", "jsonl stdin:2");
  }

  @Test
  void namesItsReaders() {
    assertThat(Arrays.stream(SourceFormat.values()).map(f -> Sources.reader(f).format()))
        .containsExactly(SourceFormat.values());
  }

  @Test
  void detectsFormatsFromContentThenName() {
    assertThat(List.of(
        sniff("x.txt", "<!DOCTYPE html>\n<html><head>"),
        sniff("x", "<div class='pane big'><table class='cable'>"),
        sniff("x.txt", "  {\"id\":\"09MEXICO3093\"}"),
        sniff("x.dat", "\"1\",\"12/28/1966 18:06\",\"66BUENOSAIRES2481\""),
        sniff("09MEXICO3093-page.txt", "Community resources\n\nViewing cable 09MEXICO3093, SCENESETTER"),
        sniff("x.txt", "Reference ID\tCreated\tReleased"),
        sniff("09MEXICO3093.txt", "VZCZCXRO1782\nRR RUEHCD"),
        sniff("cables.csv.xz", "garbled"),
        sniff("page.HTM", "garbled"),
        sniff("out.ndjson", "garbled")))
        .containsExactly(SourceFormat.HTML, SourceFormat.HTML, SourceFormat.JSONL, SourceFormat.CSV,
            SourceFormat.PAGE_TEXT, SourceFormat.PAGE_TEXT, SourceFormat.TELEGRAM, SourceFormat.CSV, SourceFormat.HTML,
            SourceFormat.JSONL);
  }

  @Test
  void readsOnlyCableAndArchiveFilesInWalks() {
    assertThat(List.of("a.html", "b.HTM", "c.csv", "d.txt", "e.jsonl", "f.tar.xz", "g.tgz", "h.zip", "i.csv.gz")
        .stream().allMatch(FormatSniffer::isCableFile)).isTrue();
    assertThat(List.of("README.md", ".hidden.txt", "__MACOSX/a.html", "photo.png", "notes")
        .stream().noneMatch(FormatSniffer::isCableFile)).isTrue();
  }

  private static SourceFormat sniff(String name, String head) {
    return FormatSniffer.detect(name, head.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] tar(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
        entry.setSize(member.getValue().length);
        put(tar, entry, member.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        put(zip, new ZipArchiveEntry(member.getKey()), member.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static <E extends org.apache.commons.compress.archivers.ArchiveEntry> void put(
      ArchiveOutputStream<E> archive, E entry, byte[] content) throws IOException {
    archive.putArchiveEntry(entry);
    archive.write(content);
    archive.closeArchiveEntry();
  }

  private static byte[] xz(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream xz = new XZCompressorOutputStream(bytes)) {
      xz.write(content);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gzip = new GzipCompressorOutputStream(bytes)) {
      gzip.write(content);
    }
    return bytes.toByteArray();
  }
}
