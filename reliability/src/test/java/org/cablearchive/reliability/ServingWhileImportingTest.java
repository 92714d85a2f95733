package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.ingest.CableSource;
import org.cablearchive.ingest.Import;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;
import org.cablearchive.telegram.TelegramParser;
import org.cablearchive.web.ReadingRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving while importing. In one process, the reading room answers a steady stream of readers while
 * imports fill the archive under it: no 5xx, no failed exchange, and every reader sees a consistent
 * archive that only grows. Across processes, {@code serve} (like search, show and stats) opens the
 * archive only to read: an {@code import} into the folder it serves runs, and the server follows its
 * commits.
 *
 * <p>Nothing here depends on how fast the machine is: the import goes in steps, and after each step
 * the test waits until every reader has read the archive as that step left it, so that each reader
 * sees every step whatever the timing, and must see exactly what the step committed. Waits are bounded
 * only to turn a hang into a failure.
 */
class ServingWhileImportingTest {
  private static final int READERS = 4;
  private static final Duration HANG = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void readersSeeAConsistentGrowingArchiveWhileAnImportRuns() throws Exception {
    Path data = dir.resolve("data");
    List<Path> steps = new ArrayList<>(BundledSample.inPieces(dir.resolve("pieces"), 4));
    steps.add(BundledSample.seedPageText());
    List<String> ids = SampleCorpus.current().keySet().stream().map(ReferenceId::value).sorted().toList();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean importing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(READERS);
    List<Reader> readers = new ArrayList<>();
    try (LuceneArchive archive = LuceneArchive.open(data);
        ReadingRoom room = ReadingRoom.start(archive, "127.0.0.1", 0)) {
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        Reader reader = new Reader(room.port(), ids, new Random(r), failures);
        readers.add(reader);
        running.add(threads.submit(() -> reader.readWhile(importing)));
      }
      for (Path step : steps) {
        // commits every 200 ms while it runs, and at its end
        new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
            .workers(1)
            .commitEvery(Duration.ofMillis(200))
            .run(CableSource.of(List.of(step), Optional.empty()));
        long committed = archive.stats().cables();
        for (Reader reader : readers) {
          reader.awaitARoundSeeing(committed, failures);
        }
      }
      importing.set(false);
      for (Future<?> reader : running) {
        reader.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(failures).as("failed requests out of %d", readers.stream().mapToInt(r -> r.requests.get()).sum()).isEmpty();
    assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
  }

  /** One reader: cable pages, searches and the API in turn, checking what each answer says. */
  private static final class Reader {
    private final int port;
    private final List<String> ids;
    private final Random random;
    private final ConcurrentLinkedQueue<String> failures;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final AtomicInteger requests = new AtomicInteger();
    /** Rounds begun, and the search total of the last round ended. */
    private final AtomicLong roundsBegun = new AtomicLong();
    private final AtomicLong roundsEnded = new AtomicLong();
    private volatile long lastTotal;

    Reader(int port, List<String> ids, Random random, ConcurrentLinkedQueue<String> failures) {
      this.port = port;
      this.ids = ids;
      this.random = random;
      this.failures = failures;
    }

    void readWhile(AtomicBoolean importing) {
      while (importing.get() && !Thread.currentThread().isInterrupted()) {
        roundsBegun.incrementAndGet();
        try {
          round();
        } catch (IOException | RuntimeException e) {
          failures.add(e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        roundsEnded.incrementAndGet();
      }
    }

    /** One round of requests; the counts must agree with each other and never go down. */
    private void round() throws IOException, InterruptedException {
      String id = ids.get(random.nextInt(ids.size()));
      // a section published on its own: until it is stored, its published ID is read as its telegram's
      int[] found = ReferenceIds.canonical(id).map(ReferenceId::value).orElse(id).equals(id)
          ? new int[] {200, 404} : new int[] {200, 301};
      expect("/cable/" + id, found);
      expect("/api/cables/" + id, found);
      expect("/search?q=embassy", 200);
      long before = JSON.readTree(expect("/api/stats", 200)).get("cables").asLong();
      long total = JSON.readTree(expect("/api/search?q=&limit=1", 200)).get("total").asLong();
      long after = JSON.readTree(expect("/api/stats", 200)).get("cables").asLong();
      if (before > total || total > after) {
        failures.add("stats said " + before + ", then search said " + total + ", then stats " + after);
      }
      if (total < lastTotal) {
        failures.add("the search total went down from " + lastTotal + " to " + total);
      }
      lastTotal = total;
    }

    /**
     * Waits until a round begun after now has ended, and checks that it saw {@code committed} cables:
     * nothing changes the archive between steps, so a round begun after a step's last commit sees it.
     */
    void awaitARoundSeeing(long committed, ConcurrentLinkedQueue<String> failures) throws InterruptedException {
      long begunBefore = roundsBegun.get();
      long deadline = System.nanoTime() + HANG.toNanos();
      while (roundsEnded.get() <= begunBefore) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("a reader did not finish a round within " + HANG + ": " + failures);
        }
        Thread.sleep(10);
      }
      if (lastTotal != committed) {
        failures.add("after a step that committed " + committed + " cables a reader saw " + lastTotal);
      }
    }

    private String expect(String path, int... statuses) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(HANG).build(), HttpResponse.BodyHandlers.ofString());
      requests.incrementAndGet();
      for (int status : statuses) {
        if (response.statusCode() == status) {
          return response.body();
        }
      }
      failures.add(path + " answered " + response.statusCode());
      return response.statusCode() == 200 ? response.body() : "{\"cables\":0,\"total\":0}";
    }
  }

  @Test
  void aServerInAnotherProcessFollowsAnImportIntoItsFolder() throws Exception {
    Path data = dir.resolve("data");
    assertThat(StorageFailureTest.importing(data, BundledSample.seedPageText()).exitCode()).isZero();
    Path log = dir.resolve("serve.log");
    Process serve = CommandRun.start(log, "serve", "--data", data.toString(), "--port", "0");
    try {
      int port = CommandRun.servingPort(serve, log, HANG);
      assertThat(RawHttp.get(port, "/api/stats").body()).contains("\"cables\":1,");
      CommandRun imported = CommandRun.inProcess("import", "--data", data.toString(), BundledSample.cablePages().toString());
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      CommandRun searched = CommandRun.inProcess("search", "--data", data.toString(), "merida");
      assertThat(searched.exitCode()).as(searched.err()).isZero();
      long expected = ReferenceArchive.contents().cables().size();
      // the server re-opens its reader every second: wait for it, however long the machine takes
      long deadline = System.nanoTime() + HANG.toNanos();
      String stats = "";
      while (System.nanoTime() < deadline && !stats.contains("\"cables\":" + expected + ",")) {
        RawHttp answer = RawHttp.get(port, "/api/stats");
        assertThat(answer.status()).isEqualTo(200);
        stats = answer.body();
        Thread.sleep(200);
      }
      assertThat(stats).as("the server sees what the import committed").contains("\"cables\":" + expected + ",");
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(HANG.toMillis(), TimeUnit.MILLISECONDS)).as("serve stops on SIGTERM").isTrue();
    }
    assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
  }
}
