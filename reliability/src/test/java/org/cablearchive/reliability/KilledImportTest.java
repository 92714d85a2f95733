package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hard stops: {@code cables import}, run as a separate JVM exactly as the launcher runs it, is killed
 * with SIGKILL at 20 seeded random moments spread over an import of the bundled sample in five
 * pieces. After every kill the archive opens, counts and searches; each piece is then imported again,
 * and the result equals, cable for cable and version for version, an import that was never interrupted.
 *
 * <p>The seed is fixed so that a failure can be replayed; {@code -Dreliability.seed=N} draws other moments.
 */
class KilledImportTest {
  private static final int KILLS = 20;
  private static final int PIECES = 4;
  private static final long SEED = Long.getLong("reliability.seed", 20_101_128L);
  /** Only turns a hang into a failure: a step takes seconds, and minutes on a machine busy with other work. */
  private static final Duration STEP_LIMIT = Duration.ofMinutes(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void anImportKilledTwentyTimesAndRunAgainEqualsAnUninterruptedOne() throws Exception {
    List<List<Path>> steps = steps(BundledSample.inPieces(dir.resolve("input"), PIECES));
    Path uninterrupted = dir.resolve("uninterrupted");
    long[] millis = new long[steps.size()];
    for (int s = 0; s < steps.size(); s++) {
      long started = System.nanoTime();
      importFully(uninterrupted, steps.get(s));
      millis[s] = (System.nanoTime() - started) / 1_000_000;
    }
    ArchiveContents expected = ArchiveContents.of(uninterrupted);
    assertThat(expected.cables()).hasSize(621);

    Path killed = dir.resolve("killed");
    Random random = new Random(SEED);
    List<String> moments = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      int kills = (s + 1) * KILLS / steps.size() - s * KILLS / steps.size();
      for (int k = 0; k < kills; k++) {
        long at = killPartWay(killed, steps.get(s), (long) (random.nextDouble() * millis[s]));
        moments.add("step " + (s + 1) + " at " + at + " ms");
        assertOpensAndSearches(killed, moments);
      }
      importFully(killed, steps.get(s));
    }

    assertThat(moments).hasSize(KILLS);
    assertThat(ArchiveContents.of(killed)).as("seed %d, killed at %s", SEED, moments).isEqualTo(expected);
  }

  /** The pieces one after the other, the seed cable's page text with the last. */
  private static List<List<Path>> steps(List<Path> pieces) {
    List<List<Path>> steps = new ArrayList<>();
    for (Path piece : pieces) {
      steps.add(List.of(piece));
    }
    steps.add(List.of(BundledSample.seedPageText()));
    return steps;
  }

  private static String[] importArgs(Path data, List<Path> inputs) {
    List<String> args = new ArrayList<>(List.of("import", "--threads", "1", "--data", data.toString()));
    inputs.forEach(p -> args.add(p.toString()));
    return args.toArray(String[]::new);
  }

  private static void importFully(Path data, List<Path> inputs) throws Exception {
    CommandRun run = CommandRun.separate(STEP_LIMIT, importArgs(data, inputs));
    assertThat(run.exitCode()).as("cables import %s: %s", inputs, run.out()).isZero();
  }

  /**
   * Starts an import and kills it {@code delay} ms later; when it finished before that (the machine
   * was quicker this time), starts it again with half the delay, so that every kill hits a running
   * import. Returns the delay at which it was killed.
   */
  private long killPartWay(Path data, List<Path> inputs, long delay) throws Exception {
    Path log = Files.createTempFile(dir, "killed", ".log");
    for (long at = delay; ; at /= 2) {
      Process process = CommandRun.start(log, importArgs(data, inputs));
      Thread.sleep(at);
      boolean running = process.isAlive();
      process.destroyForcibly().waitFor();
      if (running) {
        return at;
      }
      assertThat(process.exitValue()).as("cables import %s: %s", inputs, Files.readString(log)).isZero();
    }
  }

  /** The killed state opens, counts and searches, and the counts agree with the search. */
  private static void assertOpensAndSearches(Path data, List<String> moments) throws Exception {
    if (!Files.exists(data)) {
      // killed before the import created its folder: there is no archive yet, and the command says so
      CommandRun none = CommandRun.inProcess("stats", "--json", "--data", data.toString());
      assertThat(none.exitCode()).isEqualTo(1);
      assertThat(none.err()).contains("no archive at " + data);
      return;
    }
    CommandRun stats = CommandRun.inProcess("stats", "--json", "--data", data.toString());
    assertThat(stats.exitCode()).as("stats after kill %s: %s", moments, stats.err()).isZero();
    CommandRun search = CommandRun.inProcess("search", "--json", "--limit", "1", "--data", data.toString());
    assertThat(search.exitCode()).as("search after kill %s: %s", moments, search.err()).isZero();
    JsonNode counts = JSON.readTree(stats.out());
    assertThat(JSON.readTree(search.out()).get("total").asLong()).as("after kill %s", moments)
        .isEqualTo(counts.get("cables").asLong());
    assertThat(counts.get("versions").asLong()).isGreaterThanOrEqualTo(counts.get("cables").asLong());
  }
}
