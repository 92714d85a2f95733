package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An archive whose index files were damaged on disk: {@code stats}, {@code search} and {@code import}
 * each say in one line that the archive is damaged and how to get it back, exit non-zero, and change
 * no file of it (a damaged archive is never silently replaced by an empty one). Where only segments are
 * damaged, the CheckIndex repair the message names gives an archive that opens again.
 */
class DamagedArchiveTest {
  @TempDir Path dir;

  /** Ways a disk, a copy or a careless hand damages an index. */
  enum Damage {
    TRUNCATED_COMMIT_POINT(false) {
      @Override
      void apply(Path index) throws IOException {
        Path segments = only(index, "segments_");
        truncate(segments, Files.size(segments) / 2);
      }
    },
    FLIPPED_BYTE_IN_COMMIT_POINT(false) {
      @Override
      void apply(Path index) throws IOException {
        Path segments = only(index, "segments_");
        flip(segments, Files.size(segments) / 2);
      }
    },
    MISSING_COMMIT_POINT(false) {
      @Override
      void apply(Path index) throws IOException {
        Files.delete(only(index, "segments_"));
      }
    },
    TRUNCATED_STORED_TEXT(true) {
      @Override
      void apply(Path index) throws IOException {
        truncate(only(index, ".fdt"), 1000);
      }
    },
    FLIPPED_BYTE_IN_TERMS_HEADER(true) {
      @Override
      void apply(Path index) throws IOException {
        flip(only(index, ".tim"), 2);
      }
    },
    /** CheckIndex drops the segment, but the older commit point still names the file: only a re-import helps. */
    MISSING_SEGMENT_FILE(false) {
      @Override
      void apply(Path index) throws IOException {
        Files.delete(only(index, ".fdt"));
      }
    };

    /** Whether the commit point is intact, so that CheckIndex can drop the damaged segment. */
    final boolean repairable;

    Damage(boolean repairable) {
      this.repairable = repairable;
    }

    abstract void apply(Path index) throws IOException;
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void everyCommandSaysTheArchiveIsDamagedAndHowToRecover(Damage damage) throws Exception {
    Path data = dir.resolve("data");
    assertThat(StorageFailureTest.importing(data, BundledSample.seedPageText()).exitCode()).isZero();
    Path index = data.resolve("index");
    damage.apply(index);
    List<String> damagedFiles = StorageFailureTest.files(index);

    for (String[] args : List.of(
        new String[] {"stats", "--data", data.toString()},
        new String[] {"search", "--data", data.toString(), "merida"},
        new String[] {"import", "--data", data.toString(), BundledSample.seedPageText().toString()})) {
      CommandRun run = CommandRun.inProcess(args);
      assertThat(run.exitCode()).as("cables %s", args[0]).isNotZero();
      assertThat(StorageFailureTest.failureLine(run, args[0]))
          .startsWith("cables " + args[0] + ": the archive in " + data + " is damaged (")
          .contains("); import the sources again into a new folder (cables import --data NEW_FOLDER PATH...), "
              + "or keep what is intact with Lucene's CheckIndex -exorcise " + index + ", which drops the damaged segments");
      assertThat(StorageFailureTest.files(index)).as("files after cables %s", args[0]).isEqualTo(damagedFiles);
    }

    if (damage.repairable) {
      exorcise(index);
      CommandRun stats = CommandRun.inProcess("stats", "--data", data.toString());
      assertThat(stats.exitCode()).as("stats after CheckIndex -exorcise: %s", stats.err()).isZero();
      assertThat(stats.out()).startsWith("0 cables, 0 versions");
    }
  }

  @Test
  void anArchiveWrittenInAnotherLayoutIsRefusedWithTheWayBack() throws Exception {
    Path data = dir.resolve("data");
    assertThat(StorageFailureTest.importing(data, BundledSample.seedPageText()).exitCode()).isZero();
    Path index = data.resolve("index");
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("cables.layout", "0").entrySet());
      writer.commit();
    }
    List<String> files = StorageFailureTest.files(index);
    for (String command : List.of("stats", "search", "import")) {
      CommandRun run = command.equals("import")
          ? StorageFailureTest.importing(data, BundledSample.seedPageText())
          : CommandRun.inProcess(command, "--data", data.toString());
      assertThat(run.exitCode()).as("cables %s", command).isNotZero();
      assertThat(StorageFailureTest.failureLine(run, command)).isEqualTo("cables " + command + ": the archive in " + data
          + " was written by another version of Cable Archive (its cables are stored in layout 0, this version reads"
          + " layouts 4 to 7); import the sources again into a new folder (cables import --data NEW_FOLDER PATH...)");
      assertThat(StorageFailureTest.files(index)).isEqualTo(files);
    }
  }

  /** What {@code CheckIndex -exorcise} does: drop the segments that cannot be read. */
  private static void exorcise(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(directory)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).isFalse();
      check.exorciseIndex(status);
    }
  }

  private static Path only(Path index, String namePart) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      List<Path> matching = files.filter(p -> p.getFileName().toString().contains(namePart)).toList();
      assertThat(matching).as("index files named *%s*", namePart).hasSize(1);
      return matching.get(0);
    }
  }

  private static void truncate(Path file, long length) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(length);
    }
  }

  private static void flip(Path file, long at) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0xFF);
    }
  }
}
