package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an import, and an archive folder that is read-only: each command
 * stops with one line saying what happened and what to do, exits non-zero, and loses nothing that
 * was committed; once the cause is gone the same command completes the archive. Real file systems
 * do the refusing (see {@link Mounts}).
 */
class StorageFailureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aDiskThatFillsUpStopsTheImportAndKeepsWhatWasCommitted() throws Exception {
    Mounts.assumeAvailable();
    Path disk = Files.createDirectories(dir.resolve("small-disk"));
    Mounts.tmpfs(disk, "2m");
    try {
      Path data = disk.resolve("data");
      assertThat(importing(data, BundledSample.seedPageText()).exitCode()).isZero();

      CommandRun full = importing(data, BundledSample.cablePages());
      assertThat(full.exitCode()).isNotZero();
      assertThat(failureLine(full, "import"))
          .startsWith("cables import: the disk is full (No space left on device); free space and run the command again");

      assertThat(cables(data)).as("the cable committed before the disk filled up").isEqualTo(1);
      CommandRun search = CommandRun.inProcess("search", "--json", "--data", data.toString(), "merida");
      assertThat(search.exitCode()).as(search.err()).isZero();
      assertThat(JSON.readTree(search.out()).get("total").asLong()).isEqualTo(1);

      Mounts.resize(disk, "64m");
      assertThat(importing(data, BundledSample.cablePages()).exitCode()).isZero();
      assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
    } finally {
      Mounts.unmount(disk);
    }
  }

  @Test
  void aReadOnlyFolderCanBeReadButNotImportedIntoAndIsLeftAsItWas() throws Exception {
    Mounts.assumeAvailable();
    Path data = dir.resolve("data");
    assertThat(importing(data, BundledSample.seedPageText()).exitCode()).isZero();
    ArchiveContents before = ArchiveContents.of(data);
    List<String> filesBefore = files(data.resolve("index"));

    Mounts.readOnly(data);
    try {
      assertThat(cables(data)).isEqualTo(1);
      CommandRun search = CommandRun.inProcess("search", "--json", "--data", data.toString(), "merida");
      assertThat(search.exitCode()).as(search.err()).isZero();
      assertThat(JSON.readTree(search.out()).get("total").asLong()).isEqualTo(1);
      CommandRun run = CommandRun.inProcess("import", "--data", data.toString(), BundledSample.cablePages().toString());
      assertThat(run.exitCode()).isNotZero();
      assertThat(failureLine(run, "import")).isEqualTo("cables import: " + data.resolve("index/write.lock")
          + ": Read-only file system (importing needs the archive's folder writable: remount it read-write or copy it"
          + " elsewhere; search, show, stats and serve work on it as it is)");
    } finally {
      Mounts.unmount(data);
    }
    assertThat(files(data.resolve("index"))).isEqualTo(filesBefore);
    assertThat(ArchiveContents.of(data)).isEqualTo(before);
    assertThat(importing(data, BundledSample.cablePages()).exitCode()).isZero();
    assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
  }

  static CommandRun importing(Path data, Path input) {
    return CommandRun.inProcess("import", "--data", data.toString(), input.toString());
  }

  static long cables(Path data) throws Exception {
    CommandRun stats = CommandRun.inProcess("stats", "--json", "--data", data.toString());
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    return JSON.readTree(stats.out()).get("cables").asLong();
  }

  /**
   * The one line a failed command printed: stderr may hold progress lines before it, but nothing
   * else — no stack trace, no second message.
   */
  static String failureLine(CommandRun run, String command) {
    List<String> lines = run.err().lines().filter(l -> !l.startsWith(command + ": ")).toList();
    assertThat(lines).as("stderr of cables %s, less progress lines", command).hasSize(1);
    assertThat(lines.get(0)).doesNotContain("\tat ").doesNotContain("Exception:");
    return lines.get(0);
  }

  static List<String> files(Path folder) throws Exception {
    try (var list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
    }
  }
}
