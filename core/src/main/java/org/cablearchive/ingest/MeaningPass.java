package org.cablearchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.CableToEmbed;
import org.cablearchive.archive.EmbeddedCable;
import org.cablearchive.archive.MeaningModel;

/**
 * Gives meaning vectors to the cables of an archive that lack them ({@code cables embed}, and the end of
 * {@code cables import}): reads them in order of reference ID a batch at a time, embeds each batch on
 * every core, stores the vectors and commits every {@code commitInterval} and at the end. Killed at any
 * moment, it leaves the archive as of its last commit; run again, it goes on from there, as cables with
 * vectors are never read again. An archive whose every cable has a vector is left as it is; one given
 * vectors gives back, at the end, the space of the documents that storing them replaced.
 */
public final class MeaningPass {
  /** Cables read and embedded at once: a few seconds' work, so that progress moves smoothly. */
  private static final int BATCH = 64;

  private final Archive archive;
  private final MeaningModel model;
  private int workers = Runtime.getRuntime().availableProcessors();
  private Duration commitInterval = Duration.ofSeconds(60);
  private Listener listener = Listener.NONE;
  private volatile boolean stopped;

  /** How far the pass has come: cables embedded of those that lacked a vector when it started. */
  public record Progress(long embedded, long total, Duration elapsed) {}

  /** Receives progress after every batch, and once at the end. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void progress(Progress progress);
  }

  /** @param model the model the archive was opened with */
  public MeaningPass(Archive archive, MeaningModel model) {
    this.archive = Objects.requireNonNull(archive);
    this.model = Objects.requireNonNull(model);
  }

  /** Embedding threads (default: one per core). */
  public MeaningPass workers(int count) {
    this.workers = Math.max(1, count);
    return this;
  }

  /** How often vectors are committed while the pass runs (default 60 s). */
  public MeaningPass commitEvery(Duration interval) {
    this.commitInterval = interval;
    return this;
  }

  public MeaningPass progress(Listener listener) {
    this.listener = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * Asks a running pass to end after the batch it is on, committing what it embedded: a server that
   * embeds while serving stops the pass this way before it closes the archive, so that nothing writes
   * into the archive's folder after it is closed.
   */
  public void stop() {
    stopped = true;
  }

  /**
   * Embeds every cable without a vector (or, once {@link #stop} is called, those of the batch it is on),
   * and commits.
   *
   * @return how many cables were embedded, of how many, in how long
   */
  public Progress run() throws IOException {
    long started = System.nanoTime();
    long total = archive.meaningCoverage().missing();
    long embedded = 0;
    long lastCommit = started;
    ExecutorService threads = Executors.newFixedThreadPool(workers, runnable -> {
      Thread t = new Thread(runnable, "embed");
      t.setDaemon(true);
      return t;
    });
    try {
      String after = null;
      for (List<CableToEmbed> batch = archive.cablesToEmbed(null, BATCH); !batch.isEmpty() && !stopped;
          batch = archive.cablesToEmbed(after, BATCH)) {
        archive.storeMeanings(embed(threads, batch));
        embedded += batch.size();
        after = batch.get(batch.size() - 1).cable().id().value();
        if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
          archive.commit();
          lastCommit = System.nanoTime();
        }
        listener.progress(new Progress(embedded, Math.max(total, embedded), elapsed(started)));
      }
    } finally {
      threads.shutdownNow();
    }
    if (embedded > 0) {
      archive.commitAndReclaimSpace();
    } else {
      archive.commit();
    }
    Progress done = new Progress(embedded, Math.max(total, embedded), elapsed(started));
    listener.progress(done);
    return done;
  }

  /** The batch's meanings, a share of the batch on each thread. */
  private List<EmbeddedCable> embed(ExecutorService threads, List<CableToEmbed> batch) throws IOException {
    List<Callable<List<EmbeddedCable>>> shares = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      List<CableToEmbed> share = batch.subList(w * batch.size() / workers, (w + 1) * batch.size() / workers);
      shares.add(() -> share.stream().map(c -> new EmbeddedCable(c, model.meaningOf(c.cable()))).toList());
    }
    List<EmbeddedCable> embedded = new ArrayList<>(batch.size());
    try {
      for (Future<List<EmbeddedCable>> share : threads.invokeAll(shares)) {
        embedded.addAll(share.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("embedding interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
    return embedded;
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
