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
import org.cablearchive.model.ReferenceId;

/**
 * Works out once, and stores with each cable, the related cables its page lists ({@code cables relate},
 * and the end of {@code cables import}, {@code embed} and {@code reparse}), for the cables whose stored list
 * is missing or out of date ({@link Archive#cablesToRelate}): those an import added or changed, and those
 * whose list names a cable whose text changed. Works a batch at a time on every core, commits every
 * {@code commitInterval} and at the end. Killed at any moment, it leaves the archive as of its last commit
 * (a page works out a list not stored yet on request, as before); run again, it goes on from there, as a
 * stored list that is up to date is never worked out again.
 */
public final class RelatedPass {
  /** Cables worked out at once: a second or so of work, so that progress moves smoothly. */
  private static final int BATCH = 256;

  private final Archive archive;
  private int workers = Runtime.getRuntime().availableProcessors();
  private Duration commitInterval = Duration.ofSeconds(60);
  private boolean all;
  private Listener listener = Listener.NONE;

  /** How far the pass has come: lists stored of those to store when it started. */
  public record Progress(long stored, long total, Duration elapsed) {}

  /** Receives progress after every batch, and once at the end. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void progress(Progress progress);
  }

  public RelatedPass(Archive archive) {
    this.archive = Objects.requireNonNull(archive);
  }

  /** Threads working lists out (default: one per core). */
  public RelatedPass workers(int count) {
    this.workers = Math.max(1, count);
    return this;
  }

  /** How often stored lists are committed while the pass runs (default 60 s). */
  public RelatedPass commitEvery(Duration interval) {
    this.commitInterval = interval;
    return this;
  }

  /** Works out every cable's list again, not only those missing or out of date. */
  public RelatedPass all(boolean every) {
    this.all = every;
    return this;
  }

  public RelatedPass progress(Listener listener) {
    this.listener = Objects.requireNonNull(listener);
    return this;
  }

  /** The cables the pass would work out now. */
  public List<ReferenceId> pending() throws IOException {
    return archive.cablesToRelate(all);
  }

  /**
   * Stores the lists of every cable lacking an up-to-date one, and commits.
   *
   * @return how many lists were stored, of how many, in how long
   */
  public Progress run() throws IOException {
    return run(pending());
  }

  /** Stores the lists of these cables (as {@link #pending()} gave them), and commits. */
  public Progress run(List<ReferenceId> pending) throws IOException {
    long started = System.nanoTime();
    long stored = 0;
    long lastCommit = started;
    ExecutorService threads = Executors.newFixedThreadPool(workers, runnable -> {
      Thread t = new Thread(runnable, "relate");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int from = 0; from < pending.size(); from += BATCH) {
        List<ReferenceId> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
        store(threads, batch);
        stored += batch.size();
        if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
          archive.commit();
          lastCommit = System.nanoTime();
        }
        listener.progress(new Progress(stored, pending.size(), elapsed(started)));
      }
    } finally {
      threads.shutdownNow();
    }
    archive.commit();
    Progress done = new Progress(stored, pending.size(), elapsed(started));
    listener.progress(done);
    return done;
  }

  /** The batch's lists, a share of the batch on each thread. */
  private void store(ExecutorService threads, List<ReferenceId> batch) throws IOException {
    List<Callable<Void>> shares = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      List<ReferenceId> share = batch.subList(w * batch.size() / workers, (w + 1) * batch.size() / workers);
      shares.add(() -> {
        archive.storeRelated(share);
        return null;
      });
    }
    try {
      for (Future<Void> share : threads.invokeAll(shares)) {
        share.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("working out related cables interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
