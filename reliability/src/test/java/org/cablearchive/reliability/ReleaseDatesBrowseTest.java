package org.cablearchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.CableToEmbed;
import org.cablearchive.archive.EmbeddedCable;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.ReleaseDates;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.web.ReadingRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list of release dates ({@code /released}, {@code /api/browse/released}) on the hostile archive,
 * served through an archive that counts what the reading room asks of it: the counts come from the
 * archive's own statistics (the list used to page through every cable, 11 s on 200,000 cables, after
 * every commit), and while one reader waits for them nobody else does (the list used to hold a lock
 * while it paged).
 */
class ReleaseDatesBrowseTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private LuceneArchive archive;
  private Watched watched;
  private ReadingRoom room;

  @BeforeEach
  void serve() throws IOException {
    archive = LuceneArchive.openReadOnly(HostileReadingRoom.get().data());
    watched = new Watched(archive);
    room = ReadingRoom.start(watched, "127.0.0.1", 0);
    // The front page is rendered from the start with searches of its own: what the lists ask is counted from here.
    try {
      room.frontPagePrepared().get(5, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | InterruptedException e) {
      throw new IOException(e);
    }
    watched.searches.set(0);
  }

  @AfterEach
  void stop() throws IOException {
    room.stop();
    archive.close();
  }

  @Test
  void theReleaseDatesComeFromTheArchivesCountsNotFromReadingEveryCable() throws Exception {
    RawHttp page = RawHttp.get(room.port(), "/released");
    RawHttp api = RawHttp.get(room.port(), "/api/browse/released");

    assertThat(page.status()).isEqualTo(200);
    assertThat(api.status()).isEqualTo(200);
    assertThat(watched.searches.get()).as("searches the release-date list made").isZero();
    ReleaseDates dates = archive.releaseDates();
    Map<String, Long> expected = new LinkedHashMap<>();
    dates.byDay().keySet().stream().sorted(java.util.Comparator.reverseOrder())
        .forEach(day -> expected.put(day.toString(), dates.byDay().get(day)));
    if (dates.undated() > 0) {
      expected.put("unknown", dates.undated());
    }
    Map<String, Long> listed = new LinkedHashMap<>();
    for (JsonNode value : JSON.readTree(api.body()).get("values")) {
      listed.put(value.get("value").asText(), value.get("count").asLong());
    }
    assertThat(listed).containsExactlyEntriesOf(expected);
    assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(archive.stats().cables());
    assertThat(page.body()).contains("<a href=\"/released/" + dates.byDay().keySet().stream().max(LocalDate::compareTo).orElseThrow() + "\"");
  }

  @Test
  void whileOneReaderWaitsForTheCountsOthersAreAnswered() throws Exception {
    watched.holdNextReleaseDates();
    CompletableFuture<RawHttp> first = CompletableFuture.supplyAsync(() -> get("/released"));
    assertThat(watched.held.await(5, TimeUnit.MINUTES)).as("the first reader reached the counts").isTrue();

    RawHttp second = CompletableFuture.supplyAsync(() -> get("/api/browse/released")).get(5, TimeUnit.MINUTES);
    RawHttp other = CompletableFuture.supplyAsync(() -> get("/cable/09MEXICO3093")).get(5, TimeUnit.MINUTES);

    assertThat(first).as("the first reader still waits").isNotDone();
    assertThat(second.status()).isEqualTo(200);
    assertThat(other.status()).isEqualTo(200);
    watched.release.countDown();
    assertThat(first.get(5, TimeUnit.MINUTES).status()).isEqualTo(200);
  }

  private RawHttp get(String target) {
    try {
      return RawHttp.get(room.port(), target);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The archive, counting the searches asked of it; the next count of release dates can be held until released. */
  private static final class Watched implements Archive {
    private final Archive archive;
    final AtomicInteger searches = new AtomicInteger();
    final CountDownLatch held = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean holdNext;

    Watched(Archive archive) {
      this.archive = archive;
    }

    void holdNextReleaseDates() {
      holdNext = true;
    }

    @Override
    public ReleaseDates releaseDates() throws IOException {
      if (holdNext) {
        holdNext = false;
        held.countDown();
        try {
          release.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return archive.releaseDates();
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
      searches.incrementAndGet();
      return archive.search(request);
    }

    @Override
    public StoreOutcome store(Cable cable) throws IOException {
      return archive.store(cable);
    }

    @Override
    public void commit() throws IOException {
      archive.commit();
    }

    @Override
public Optional<org.cablearchive.archive.Telegram> telegram(ReferenceId id) throws IOException {
      return archive.telegram(id);
    }

    @Override
        public Optional<ArchivedCable> find(ReferenceId id) throws IOException {
      return archive.find(id);
    }

    @Override
    public List<CableSummary> citedBy(ReferenceId id) throws IOException {
      return archive.citedBy(id);
    }

    @Override
    public void commitAndReclaimSpace() throws IOException {
      archive.commitAndReclaimSpace();
    }

    @Override
    public List<CableSummary> related(ReferenceId id, int limit, SearchMode by) throws IOException {
      return archive.related(id, limit, by);
    }

    @Override
    public MeaningCoverage meaningCoverage() throws IOException {
      return archive.meaningCoverage();
    }

    @Override
    public List<CableToEmbed> cablesToEmbed(String after, int limit) throws IOException {
      return archive.cablesToEmbed(after, limit);
    }

    @Override
    public void storeMeanings(List<EmbeddedCable> cables) throws IOException {
      archive.storeMeanings(cables);
    }

    @Override
    public void warmInBackground() throws IOException {
      archive.warmInBackground();
    }

    @Override
    public ArchiveStats stats() throws IOException {
      return archive.stats();
    }

    @Override
    public CableNetwork network() throws IOException {
      return archive.network();
    }

    @Override
    public List<CableSummary> summaries(List<ReferenceId> ids) throws IOException {
      return archive.summaries(ids);
    }

    @Override
    public void export(String query, CableSink sink) throws IOException {
      archive.export(query, sink);
    }

    @Override
    public void close() throws IOException {
      archive.close();
    }
  }
}
