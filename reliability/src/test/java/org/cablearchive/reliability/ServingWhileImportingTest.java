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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.archive.SampleCorpus;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.ingest.CableSource;
import org.cablearchive.ingest.Import;
import org.cablearchive.ingest.ImportSummary;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.telegram.ReferenceIds;
import org.cablearchive.telegram.TelegramParser;
import org.cablearchive.web.ReadingRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving while importing. In one process, the reading room answers a steady stream of readers while
 * the import fills the archive under it: no 5xx, no failed exchange, and readers see a consistent
 * archive that only grows. Across processes, {@code serve} (like search, show and stats) opens the
 * archive only to read: an {@code import} into the folder it serves runs, and the server follows its
 * commits.
 */
class ServingWhileImportingTest {
  private static final int READERS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("at http://[^:]+:(\\d+)/");

  @TempDir Path dir;

  @Test
  void readersSeeAConsistentGrowingArchiveWhileAnImportRuns() throws Exception {
    Path data = dir.resolve("data");
    List<String> ids = SampleCorpus.current().keySet().stream().map(ReferenceId::value).sorted().toList();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
    AtomicInteger requests = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(READERS + 1);
    try (LuceneArchive archive = LuceneArchive.open(data);
        ReadingRoom room = ReadingRoom.start(archive, "127.0.0.1", 0)) {
      Import run = new Import(archive, new TelegramParser()::parse, data.resolve("rejects"))
          .workers(1)
          .commitEvery(Duration.ofMillis(200));
      Future<ImportSummary> imported = threads.submit(() -> run.run(CableSource.of(
          List.of(BundledSample.cablePages(), BundledSample.seedPageText()), Optional.empty())));
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        Reader reader = new Reader(room.port(), ids, new Random(r), failures, totalsSeen, requests);
        readers.add(threads.submit(() -> reader.readWhile(imported)));
      }
      ImportSummary summary = imported.get(5, TimeUnit.MINUTES);
      for (Future<?> reader : readers) {
        reader.get(1, TimeUnit.MINUTES);
      }
      assertThat(summary.rejected()).isZero();
    } finally {
      threads.shutdownNow();
    }
    assertThat(failures).as("failed requests out of %d", requests.get()).isEmpty();
    assertThat(requests.get()).isGreaterThan(100);
    assertThat(totalsSeen).as("distinct archive sizes readers saw while the import ran").hasSizeGreaterThan(3);
    assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
  }

  /** One reader: cable pages, searches and the API in turn, checking what each answer says. */
  private record Reader(int port, List<String> ids, Random random, ConcurrentLinkedQueue<String> failures,
      Set<Long> totalsSeen, AtomicInteger requests) {

    void readWhile(Future<?> importing) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      long lastTotal = 0;
      while (!importing.isDone()) {
        try {
          String id = ids.get(random.nextInt(ids.size()));
          // a section published on its own: until it is stored, its published ID is read as its telegram's
          int[] found = ReferenceIds.canonical(id).map(ReferenceId::value).orElse(id).equals(id)
              ? new int[] {200, 404} : new int[] {200, 301};
          expect(client, "/cable/" + id, found);
          expect(client, "/api/cables/" + id, found);
          expect(client, "/search?q=embassy", 200);
          long before = JSON.readTree(expect(client, "/api/stats", 200)).get("cables").asLong();
          long total = JSON.readTree(expect(client, "/api/search?q=&limit=1", 200)).get("total").asLong();
          long after = JSON.readTree(expect(client, "/api/stats", 200)).get("cables").asLong();
          if (before > total || total > after) {
            failures.add("stats said " + before + ", then search said " + total + ", then stats " + after);
          }
          if (total < lastTotal) {
            failures.add("the search total went down from " + lastTotal + " to " + total);
          }
          lastTotal = total;
          totalsSeen.add(total);
        } catch (IOException | RuntimeException e) {
          failures.add(e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    private String expect(HttpClient client, String path, int... statuses) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
      int port = servingPort(serve, log);
      assertThat(RawHttp.get(port, "/api/stats").body()).contains("\"cables\":1,");
      CommandRun imported = CommandRun.inProcess("import", "--data", data.toString(), BundledSample.cablePages().toString());
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      CommandRun searched = CommandRun.inProcess("search", "--data", data.toString(), "merida");
      assertThat(searched.exitCode()).as(searched.err()).isZero();
      long expected = ReferenceArchive.contents().cables().size();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
    assertThat(ArchiveContents.of(data)).isEqualTo(ReferenceArchive.contents());
  }

  /** Waits for {@code serve} to say where it listens. */
  private static int servingPort(Process serve, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      assertThat(serve.isAlive()).as("cables serve: %s", Files.readString(log)).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("cables serve did not start: " + Files.readString(log));
  }
}
