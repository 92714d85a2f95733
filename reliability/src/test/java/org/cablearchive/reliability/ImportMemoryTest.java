package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.model.Cable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legal input built to press an import's memory: cables.csv rows of 16 million characters (nearly the
 * most a row may hold) and telegrams of 8 MB (nearly the most a telegram file may be), many of them
 * one after the other, imported by the real {@code cables import} in a separate JVM of 512 MB
 * ({@link CommandRun#start}). Every cable is kept, whole: the import bounds the text it holds by bytes,
 * not by items.
 *
 * <p>{@code -Dreliability.long=true} imports the sizes that used to break it: 600 rows of 12 million
 * characters and 700 telegrams of 7.9 MB (hours on two cores). {@code -Dreliability.rows=N},
 * {@code .rowChars}, {@code .telegrams} and {@code .telegramBytes} choose other sizes.
 */
class ImportMemoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean LONG = Boolean.getBoolean("reliability.long");

  @TempDir Path dir;

  @Test
  void largeLegalCablesImportInA512MegabyteJvmAndAreKeptWhole() throws Exception {
    int rows = Integer.getInteger("reliability.rows", LONG ? 600 : 6);
    int telegrams = Integer.getInteger("reliability.telegrams", LONG ? 700 : 8);
    Text text = new Text(new Random(16));
    Path csv = text.cablesCsv(dir.resolve("large-rows.csv.gz"), rows,
        Integer.getInteger("reliability.rowChars", LONG ? 12_000_000 : 16_000_000));
    Path tar = text.telegrams(dir.resolve("large-telegrams.tar.gz"), telegrams,
        Integer.getInteger("reliability.telegramBytes", LONG ? 7_900_000 : 8_000_000));
    Path data = dir.resolve("data");

    CommandRun run = CommandRun.separate(LONG ? Duration.ofHours(4) : Duration.ofMinutes(20),
        "import", "--data", data.toString(), csv.toString(), tar.toString());

    assertThat(run.out()).doesNotContain("OutOfMemoryError", "IndexWriter is closed", "Exception");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("read " + (rows + telegrams) + ", added " + (rows + telegrams) + ", updated 0,");
    CommandRun stats = CommandRun.inProcess("stats", "--json", "--data", data.toString());
    assertThat(JSON.readTree(stats.out()).get("cables").asLong()).isEqualTo(rows + telegrams);
    List<String> lastWords = new ArrayList<>();
    if (rows > 0) {
      lastWords.add("LASTROW" + rows);
    }
    if (telegrams > 0) {
      lastWords.add("LASTTELEGRAM" + telegrams);
    }
    for (String last : lastWords) {
      CommandRun search = CommandRun.inProcess("search", "--json", "--data", data.toString(), last.toLowerCase());
      assertThat(JSON.readTree(search.out()).has("total")).as("the search for %s: %s %s", last, search.out(), search.err()).isTrue();
      assertThat(JSON.readTree(search.out()).get("total").asLong()).as("the word at the end of %s", last).isEqualTo(1);
    }
  }

  /** Text of real cables' paragraphs, with a curly quote in each cable so that Java holds it two bytes a character. */
  private static final class Text {
    private final List<String> paragraphs = new ArrayList<>();
    private final Random random;

    Text(Random random) {
      this.random = random;
      for (Cable cable : SampleCorpus.cables()) {
        for (String paragraph : cable.body().split("\n\\s*\n")) {
          if (paragraph.length() > 200 && paragraph.indexOf('"') < 0 && paragraph.indexOf('\\') < 0) {
            paragraphs.add(paragraph);
          }
        }
      }
    }

    /** A telegram body of about {@code chars} characters, ending with {@code lastWord}. */
    void body(Writer out, String subject, long chars, String lastWord) throws IOException {
      String head = "UNCLAS ROME 000001\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: \u201c" + subject + "\u201d\n\n";
      out.write(head);
      long written = head.length();
      for (int n = 1; written < chars - 200; n++) {
        String paragraph = n + ". " + paragraphs.get(random.nextInt(paragraphs.size())) + "\n\n";
        out.write(paragraph);
        written += paragraph.length();
      }
      out.write(lastWord + "\n");
    }

    Path cablesCsv(Path file, int rows, int chars) throws IOException {
      try (Writer out = gzipWriter(file)) {
        for (int row = 1; row <= rows; row++) {
          out.write("\"" + row + "\",\"1/2/2009 10:00\",\"09ROME" + row + "\",\"Embassy Rome\",\"UNCLASSIFIED\",\"\",\"\",\"");
          body(out, "LARGE ROW " + row, chars, row == rows ? "LASTROW" + rows : "row" + row);
          out.write("\"\n");
        }
      }
      return file;
    }

    Path telegrams(Path file, int count, int bytes) throws IOException {
      try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); }
          };
          TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
        for (int n = 1; n <= count; n++) {
          java.io.StringWriter telegram = new java.io.StringWriter(bytes);
          telegram.write("R 021000Z JAN 09\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\n");
          // curly quotes take three bytes: stay under the byte size
          body(telegram, "LARGE TELEGRAM " + n, bytes - 4096, n == count ? "LASTTELEGRAM" + count : "telegram" + n);
          byte[] content = telegram.toString().getBytes(StandardCharsets.UTF_8);
          TarArchiveEntry entry = new TarArchiveEntry("telegrams/09ROME" + (10_000 + n) + ".txt");
          entry.setSize(content.length);
          tar.putArchiveEntry(entry);
          tar.write(content);
          tar.closeArchiveEntry();
        }
      }
      return file;
    }

    private static Writer gzipWriter(Path file) throws IOException {
      OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      };
      return new java.io.BufferedWriter(new java.io.OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
    }
  }
}
