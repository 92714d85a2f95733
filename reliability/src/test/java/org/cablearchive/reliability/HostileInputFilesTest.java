package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are legal to name but hostile to read, through the real {@code cables import}: special files
 * and linked folders in the input folder, archives that unpack a thousandfold, IDs no cable has, options
 * that cannot work; and the commit interval a kill depends on. The timeouts only turn a hang (a FIFO
 * read for ever) into a failure.
 */
class HostileInputFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void fifosSocketsAndLinkedFoldersAreSkippedAndSaidSo() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(BundledSample.seedPageText(), in.resolve("09MEXICO3093-page.txt"));
    Path fifo = in.resolve("pipe.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path socket = in.resolve("socket.html");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(BundledSample.seedPageText(), elsewhere.resolve("copy.txt"));
    Files.createSymbolicLink(in.resolve("linked"), elsewhere);
    try (ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      listening.bind(UnixDomainSocketAddress.of(socket));
      Path data = dir.resolve("data");
      CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), in.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).contains("read 4, added 1, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 3");
      assertThat(reasons(data.resolve("rejects"))).containsExactlyInAnyOrder(
          in.resolve("linked") + ":1: skipped: a symbolic link to a folder is not followed; name the folder itself to import it",
          fifo + ":1: skipped: a FIFO (named pipe), not a regular file",
          socket + ":1: skipped: a socket, not a regular file");
      // named directly, a FIFO is not opened either: standard input is the way to read a stream
      CommandRun named = CommandRun.inProcess("import", "--data", data.toString(), fifo.toString());
      assertThat(named.exitCode()).isEqualTo(1);
      assertThat(reasons(data.resolve("rejects"))).contains(fifo + ":1: skipped: a FIFO (named pipe), not a regular file;"
          + " only regular files are read (give - to read standard input)");
    }
  }

  @Test
  void anArchiveThatUnpacksPastTheLimitStopsWithOneMessage() throws IOException {
    // 16 zips of 16 members of 4 MB of zeros: 1 GB from 70 KB; each level of nesting multiplies it by 16
    byte[] inner = zip(16, "zeros-%d.bin", new byte[4 << 20]);
    Path bomb = dir.resolve("bomb.zip");
    Files.write(bomb, zip(16, "inner-%d.zip", inner));
    assertThat(Files.size(bomb)).isLessThan(200_000);
    Path data = dir.resolve("data");

    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), "--max-unpacked-bytes", "32M", bomb.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("read 1, added 0, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 1");
    assertThat(reasons(data.resolve("rejects"))).containsExactly(bomb + ":1: stopped: it unpacks to more than 33,554,432"
        + " bytes (counting every level of archives inside it); the rest is skipped. Raise the limit with"
        + " --max-unpacked-bytes if the file is genuine");
  }

  @Test
  void byDefaultAnArchiveThatUnpacksAThousandfoldStopsPastItsFirst256MiB() throws IOException {
    Path bomb = dir.resolve("bomb.zip");
    Files.write(bomb, zip(16, "inner-%d.zip", zip(16, "zeros-%d.bin", new byte[4 << 20])));
    Path data = dir.resolve("data");

    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), bomb.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("read 1, added 0, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 1");
    assertThat(reasons(data.resolve("rejects"))).singleElement().asString()
        .startsWith(bomb + ":1: stopped: it unpacks to more than 200 times the ")
        .endsWith(" bytes read of it (counting every level of archives inside it); the rest is skipped. Raise the"
            + " limit with --max-unpack-ratio if the file is genuine");
  }

  @Test
  void anArchiveOfTooManyMembersStopsWithOneMessage() throws IOException {
    Path many = dir.resolve("many.zip");
    Files.write(many, zip(16, "inner-%d.zip", zip(100, "empty-%d.bin", new byte[0])));
    Path data = dir.resolve("data");

    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), "--max-archive-members", "1000", many.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("read 1, added 0, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 1");
    assertThat(reasons(data.resolve("rejects"))).containsExactly(many + ":1: stopped: it holds more than 1,000 archive"
        + " members (counting those of archives inside it); the rest is skipped. Raise the limit with"
        + " --max-archive-members if the file is genuine");
    // within the limits the same archive is read to its end
    CommandRun within = CommandRun.inProcess("import", "--data", dir.resolve("data2").toString(), many.toString());
    assertThat(within.exitCode()).as(within.err()).isZero();
    assertThat(within.err()).contains("read 0, added 0");
  }

  @Test
  void idsNoCableHasAreShownAndOverlongOnesRefused() throws IOException {
    String row = resource("/sources/encodings/09SAOPAULO487.csv");
    String overlong = "09" + "A".repeat(5000);
    Path csv = dir.resolve("ids.csv");
    Files.writeString(csv, row.replaceFirst("\"09SAOPAULO487\"", "\"" + overlong + "\"")
        + "\"1\",\"8/11/2009 16:04\",\"NOT AN ID\",\"Consulate Sao Paulo\",\"UNCLASSIFIED\",\"\",\"\",\"no telegram here\"\n");
    Path data = dir.resolve("data");

    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), csv.toString());

    assertThat(run.err()).contains("read 2, added 1, updated 0, older versions 0, conflicts 0, dated 0, unchanged 0, rejected 1");
    assertThat(reasons(data.resolve("rejects"))).containsExactly(csv + ":49: no reference ID could be read: the"
        + " source's 'NOT AN ID' is not one, and the telegram names none");
    // the overlong ID is not taken: the cable is kept under the ID its telegram gives, saying why
    CommandRun show = CommandRun.inProcess("show", "--data", data.toString(), "--json", "09SAOPAULO487");
    assertThat(show.exitCode()).as(show.err()).isZero();
    List<String> problems = new ArrayList<>();
    JSON.readTree(show.out()).get("problems").forEach(p -> problems.add(p.get("code").asText() + " " + p.get("message").asText()));
    assertThat(problems).contains("UNREADABLE_ID the source's reference ID '" + overlong.substring(0, 79)
        + "…' is not a cable ID (5002 characters; an ID has at most 64)");
  }

  @Test
  void optionsThatCannotWorkAreRefusedBeforeAnythingIsImported() throws IOException {
    Path data = dir.resolve("data");
    Path file = Files.writeString(dir.resolve("rejects.txt"), "a file, not a folder");

    CommandRun rejects = CommandRun.inProcess("import", "--data", data.toString(), "--rejects", file.toString(),
        BundledSample.cablePages().toString());
    assertThat(rejects.exitCode()).isEqualTo(1);
    assertThat(rejects.err().strip()).isEqualTo("cables import: --rejects " + file
        + ": is a file; name a folder (it is created when anything is rejected)");
    assertThat(data).doesNotExist();

    CommandRun port = CommandRun.inProcess("serve", "--data", data.toString(), "--port", "99999");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err().strip()).isEqualTo("cables serve: --port must be a number from 0 to 65535, not 99999");

    CommandRun never = CommandRun.inProcess("import", "--data", data.toString(), "--commit-every", "0",
        BundledSample.seedPageText().toString());
    assertThat(never.exitCode()).isEqualTo(2);
    assertThat(never.err().strip()).isEqualTo("cables import: --commit-every takes a number of seconds above 0 and at most 86400; got 0.0");
    assertThat(data).doesNotExist();
  }

  /**
   * The summary says how often the import committed, and so what a kill could have lost (that an import
   * commits at its interval while it runs is {@code ImportTest} in core).
   */
  @Test
  void theSummarySaysWhatAKillCanLose() throws IOException {
    Path data = dir.resolve("data");
    CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), "--commit-every", "0.2",
        BundledSample.seedPageText().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("committed every 0.2 s while importing: a kill loses at most the cables stored since"
        + " the last commit, and running the same import again stores them");
    CommandRun byDefault = CommandRun.inProcess("import", "--data", data.toString(), BundledSample.seedPageText().toString());
    assertThat(byDefault.err()).contains("committed every 60 s while importing");
  }

  /** "source: reason" of every kept reject. */
  private static List<String> reasons(Path rejects) throws IOException {
    List<String> reasons = new ArrayList<>();
    try (Stream<Path> files = Files.list(rejects)) {
      for (Path file : files.toList()) {
        List<String> lines = Files.readAllLines(file);
        reasons.add(lines.get(0).substring("source: ".length()) + ": " + lines.get(1).substring("reason: ".length()));
      }
    }
    return reasons;
  }

  private static byte[] zip(int members, String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < members; i++) {
        zip.putNextEntry(new ZipEntry(String.format(name, i)));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HostileInputFilesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
