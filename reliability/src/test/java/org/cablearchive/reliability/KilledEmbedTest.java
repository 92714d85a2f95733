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
 * Hard stops while embedding: the bundled sample, imported without meaning vectors, gets them from
 * {@code cables embed} run as a separate JVM (committing every second) and killed with SIGKILL at six
 * seeded random moments. After every kill the archive opens, counts and searches, and holds at least
 * the vectors it held before the kill: nothing committed is lost. {@code cables embed} run again then
 * completes it, and the archive equals one embedded without interruption: the same cables and versions,
 * every cable with its vector, and the same cables found by meaning.
 */
class KilledEmbedTest {
  private static final int KILLS = 6;
  private static final long SEED = Long.getLong("reliability.seed", 20_101_128L);
  private static final Duration STEP_LIMIT = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] MEANING_QUERY = {"search", "--json", "--mode", "meaning", "--limit", "20",
      "strengthening Mexican prosecutors"};

  @TempDir Path dir;

  @Test
  void anEmbedKilledSixTimesAndRunAgainEqualsAnUninterruptedOne() throws Exception {
    Path uninterrupted = dir.resolve("uninterrupted");
    importWithoutMeaning(uninterrupted);
    long started = System.nanoTime();
    run(embedArgs(uninterrupted));
    long millis = (System.nanoTime() - started) / 1_000_000;
    ArchiveContents expected = ArchiveContents.of(uninterrupted);
    assertThat(withMeaning(uninterrupted)).isEqualTo(621);

    Path killed = dir.resolve("killed");
    importWithoutMeaning(killed);
    Random random = new Random(SEED);
    List<String> moments = new ArrayList<>();
    long kept = 0;
    for (int k = 0; k < KILLS; k++) {
      long at = killPartWay(embedArgs(killed), (long) (random.nextDouble() * millis));
      moments.add(at + " ms");
      long now = withMeaning(killed);
      assertThat(now).as("vectors after the kill at %s", moments).isGreaterThanOrEqualTo(kept);
      kept = now;
      CommandRun words = CommandRun.inProcess("search", "--json", "--limit", "1", "--data", killed.toString(), "merida");
      assertThat(words.exitCode()).as("search after kill %s: %s", moments, words.err()).isZero();
    }
    run(embedArgs(killed));

    assertThat(ArchiveContents.of(killed)).as("seed %d, killed at %s", SEED, moments).isEqualTo(expected);
    assertThat(found(killed)).isEqualTo(found(uninterrupted));
    CommandRun again = CommandRun.inProcess("embed", "--json", "--data", killed.toString());
    assertThat(JSON.readTree(again.out()).get("embedded").asLong()).isZero();
  }

  private void importWithoutMeaning(Path data) throws Exception {
    run(new String[] {"import", "--no-meaning", "--threads", "1", "--data", data.toString(),
        BundledSample.cablePages().toString(), BundledSample.seedPageText().toString()});
  }

  private static String[] embedArgs(Path data) {
    return new String[] {"embed", "--threads", "1", "--commit-every", "1", "--data", data.toString()};
  }

  private static void run(String[] args) throws Exception {
    CommandRun run = CommandRun.separate(STEP_LIMIT, args);
    assertThat(run.exitCode()).as("cables %s: %s", String.join(" ", args), run.out()).isZero();
  }

  /** Starts the command and kills it {@code delay} ms later; when it finished before that, again with half the delay. */
  private long killPartWay(String[] args, long delay) throws Exception {
    Path log = Files.createTempFile(dir, "killed", ".log");
    for (long at = delay; ; at /= 2) {
      Process process = CommandRun.start(log, args);
      Thread.sleep(at);
      boolean running = process.isAlive();
      process.destroyForcibly().waitFor();
      if (running) {
        return at;
      }
      assertThat(process.exitValue()).as("cables %s: %s", String.join(" ", args), Files.readString(log)).isZero();
    }
  }

  private static long withMeaning(Path data) throws Exception {
    CommandRun stats = CommandRun.inProcess("stats", "--json", "--data", data.toString());
    assertThat(stats.exitCode()).as("stats: %s", stats.err()).isZero();
    JsonNode meaning = JSON.readTree(stats.out()).get("meaning");
    assertThat(meaning.get("cables").asLong()).isEqualTo(621);
    return meaning.get("withMeaning").asLong();
  }

  /** The cables a search by meaning finds, in order. */
  private static List<String> found(Path data) throws Exception {
    List<String> args = new ArrayList<>(List.of(MEANING_QUERY));
    args.addAll(List.of("--data", data.toString()));
    CommandRun search = CommandRun.inProcess(args.toArray(String[]::new));
    assertThat(search.exitCode()).as("search: %s", search.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(search.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
