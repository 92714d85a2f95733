package org.cablearchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.source.Rejection;
import org.cablearchive.source.SourceDocument;
import org.cablearchive.source.SourceItem;

/**
 * Imports cables into an archive: one thread reads the sources, a pool of workers parses and
 * stores, and the archive is committed every {@code commitInterval} and at the end. Memory stays flat
 * whatever the input: the text read but not yet stored is bounded in bytes ({@link #bytesInFlight}),
 * not in items, since one item may be a thousand times the size of another. An import killed at any moment
 * leaves the archive as of its last commit; running it again completes it, because storing a text
 * the archive holds changes nothing.
 */
public final class Import {
  private final Archive archive;
  private final Function<SourceDocument, Cable> parser;
  private final RejectFolder rejects;
  private int workers = Runtime.getRuntime().availableProcessors();
  private Duration commitInterval = Duration.ofSeconds(60);
  private long bytesInFlight = Runtime.getRuntime().maxMemory() / 16;
  private ImportProgress.Listener listener = ImportProgress.Listener.NONE;
  private Instant released;

  /**
   * @param archive where cables go
   * @param parser turns a source document into a cable (the telegram parser); must be thread-safe
   * @param rejectsDir where unreadable items are kept ({@code <data>/rejects})
   */
  public Import(Archive archive, Function<SourceDocument, Cable> parser, Path rejectsDir) {
    this.archive = Objects.requireNonNull(archive);
    this.parser = Objects.requireNonNull(parser);
    this.rejects = new RejectFolder(rejectsDir);
  }

  /** Parser threads (default: one per core). */
  public Import workers(int count) {
    this.workers = Math.max(1, count);
    return this;
  }

  /** How often stored cables are committed while the import runs (default 60 s). */
  public Import commitEvery(Duration interval) {
    this.commitInterval = interval;
    return this;
  }

  /**
   * The release date of sources that state none (cables.csv, plain telegrams, early pages): each such
   * cable is stored as released at {@code date}, marked as given at import rather than stated.
   */
  public Import releasedIfUnstated(Instant date) {
    this.released = date;
    return this;
  }

  /**
   * The most bytes of source text (two per character) read but not yet stored (default: a sixteenth
   * of the heap). An item larger than that is read only when nothing else is in flight, and handled alone.
   */
  public Import bytesInFlight(long bytes) {
    this.bytesInFlight = Math.max(1, bytes);
    return this;
  }

  public Import progress(ImportProgress.Listener listener) {
    this.listener = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * Reads everything from {@code source}, stores it and commits.
   *
   * @throws IOException when reading a source or writing the archive fails; what was committed stays
   */
  public ImportSummary run(CableSource source) throws IOException {
    Run run = new Run();
    return run.execute(source);
  }

  /** The state of one run. */
  private final class Run {
    private static final Object END = new Object();
    /**
     * Items a worker takes at once, when that many are waiting. A batch's parsing, encoding and
     * compression pass the processor's caches over once; batches of 256 rather than 32 (with the
     * parser's patterns compiled once) took a full import from 100–102 s to 95–99 s (docs/benchmarks.md).
     */
    private static final int BATCH = 256;
    private final ImportCounts counts = new ImportCounts();
    /** Two batches per worker, so that a worker finishing one finds the next waiting. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * BATCH * workers);
    /** What is left of the bytes in flight, in KiB: taken when an item is handed over, given back once it is stored. */
    private final Semaphore kibLeft = new Semaphore(kib(bytesInFlight));
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final long started = System.nanoTime();

    ImportSummary execute(CableSource source) throws IOException {
      List<Thread> threads = startWorkers();
      ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("import-timer"));
      timer.scheduleAtFixedRate(() -> listener.progress(progress()), 250, 250, TimeUnit.MILLISECONDS);
      long every = Math.max(1, commitInterval.toMillis());
      timer.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
      try {
        source.read(this::hand);
      } catch (Aborted e) {
        // a worker failed: its failure is reported below
      } finally {
        for (int i = 0; i < threads.size(); i++) {
          putUninterruptibly(END);
        }
        joinAll(threads);
        // not shutdownNow: a periodic commit in progress (a network request on SolrCloud) finishes
        // instead of failing the import halfway; the final commit follows
        timer.shutdown();
        awaitQuietly(timer);
      }
      rethrowFailure();
      archive.commit();
      listener.progress(progress());
      return counts.summary(elapsed());
    }

    private List<Thread> startWorkers() {
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        Thread t = daemon("import-worker-" + i).newThread(this::work);
        threads.add(t);
        t.start();
      }
      return threads;
    }

    /**
     * Hands one item to the workers, waiting while the bytes in flight or the queue are full unless a
     * worker has failed.
     */
    private void hand(SourceItem item) {
      try {
        while (!kibLeft.tryAcquire(weight(item), 100, TimeUnit.MILLISECONDS)) {
          if (failure.get() != null) {
            throw new Aborted();
          }
        }
        while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          if (failure.get() != null) {
            throw new Aborted();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, e);
        throw new Aborted();
      }
    }

    /**
     * Handles items a batch at a time until its end marker: the batch's cables are parsed, then
     * stored together ({@link Archive#storeAll}). After a failure (its own or another worker's) it only
     * drains the queue: emptying it at once instead could remove the end markers of other workers,
     * which then wait for ever. A batch never takes more than one end marker.
     */
    private void work() {
      List<SourceItem> batch = new ArrayList<>(BATCH);
      boolean end = false;
      while (!end) {
        batch.clear();
        for (Object next = take(); ; next = queue.poll()) {
          if (next == END) {
            end = true;
            break;
          }
          if (next == null) {
            break;
          }
          batch.add((SourceItem) next);
          if (batch.size() == BATCH) {
            break;
          }
        }
        if (failure.get() == null && !batch.isEmpty()) {
          try {
            handle(batch);
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        }
        batch.forEach(item -> kibLeft.release(weight(item)));
      }
      if (failure.get() == null) {
        try {
          archive.finishStoring();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }
    }

    /** An item's share of the bytes in flight: its text at two bytes a character, all of them at most. */
    private int weight(SourceItem item) {
      long chars = 1024 + (item instanceof SourceDocument d ? d.header().length() + d.body().length()
          : ((Rejection) item).raw() == null ? 0 : ((Rejection) item).raw().length());
      return (int) Math.min(kib(2 * chars), kib(bytesInFlight));
    }

    private Object take() {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return queue.take();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void handle(List<SourceItem> items) throws IOException {
      List<Cable> cables = new ArrayList<>(items.size());
      for (SourceItem item : items) {
        if (item instanceof Rejection r) {
          reject(r.location(), r.reason(), r.raw());
        } else {
          Cable cable = parse((SourceDocument) item);
          if (cable != null) {
            cables.add(cable);
          }
        }
      }
      List<StoreOutcome> outcomes = archive.storeAll(cables);
      for (int i = 0; i < outcomes.size(); i++) {
        counts.stored(cables.get(i).documentId(), outcomes.get(i), cables.get(i).part());
      }
    }

    /** The parsed cable, or null when the document was rejected. */
    private Cable parse(SourceDocument document) throws IOException {
      counts.bytes(document.header().length() + document.body().length());
      Cable cable;
      try {
        cable = parser.apply(document);
      } catch (RuntimeException e) {
        reject(document.location(), "the telegram parser failed: " + e, document.header() + "\n" + document.body());
        return null;
      }
      if (Admission.refusal(cable).isPresent()) {
        // the branch of Admission's rule import can tell apart: the ID the source gave, when it gave one
        reject(document.location(), noIdReason(document), document.header() + "\n" + document.body());
        return null;
      }
      return released != null && cable.released() == null ? cable.withReleased(released, true) : cable;
    }

    /** Why a document has no ID, with the ID the source gave when it gave one. */
    private static String noIdReason(SourceDocument document) {
      String spelled = document.idAsPublished() == null ? "" : document.idAsPublished().strip();
      if (spelled.isEmpty()) {
        return "no reference ID could be read: the source gives none and the telegram names none";
      }
      return "no reference ID could be read: the source's '" + ReferenceId.shown(spelled) + "' is not one"
          + (spelled.length() > ReferenceId.MAX_LENGTH ? " (" + spelled.length() + " characters; an ID has at most "
              + ReferenceId.MAX_LENGTH + ")" : "") + ", and the telegram names none";
    }

    private void reject(org.cablearchive.model.SourceLocation location, String reason, String raw) throws IOException {
      counts.bytes(raw == null ? 0 : raw.length());
      rejects.keep(location, reason, raw == null ? "" : raw);
      counts.rejected();
    }

    private void commitQuietly() {
      try {
        archive.commit();
      } catch (IOException e) {
        failure.compareAndSet(null, new UncheckedIOException(e));
      }
    }

    private void rethrowFailure() throws IOException {
      Throwable e = failure.get();
      if (e == null) {
        return;
      }
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error err) {
        throw err;
      }
      throw new IOException("import interrupted", e);
    }

    private void putUninterruptibly(Object item) {
      boolean interrupted = false;
      while (true) {
        try {
          queue.put(item);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private ImportProgress progress() {
      return new ImportProgress(counts.processed(), counts.bytes(), elapsed());
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - started);
    }
  }

  private static int kib(long bytes) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes >> 10));
  }

  private static void joinAll(List<Thread> threads) {
    for (Thread t : threads) {
      boolean done = false;
      while (!done) {
        try {
          t.join();
          done = true;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static void awaitQuietly(ScheduledExecutorService timer) {
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Thrown through the source's sink to stop reading once a worker has failed. */
  private static final class Aborted extends RuntimeException {
    Aborted() {
      super(null, null, false, false);
    }
  }
}
