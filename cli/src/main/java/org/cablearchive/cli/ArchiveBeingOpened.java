package org.cablearchive.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveOverview;
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
import org.cablearchive.archive.Telegram;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;

/**
 * An archive opened on a thread of its own, so that {@code serve} starts its server while the index
 * opens (each takes about half a second or more at full scale; docs/benchmarks.md, "Server start").
 * Every call waits until the archive is open and then goes to it, so answers are those of the opened
 * archive; when the opening failed, every call and {@link #await} throw its error.
 */
final class ArchiveBeingOpened implements Archive {
  private final CompletableFuture<Archive> opened = new CompletableFuture<>();

  ArchiveBeingOpened(Callable<Archive> opening) {
    Thread thread = new Thread(() -> {
      try {
        opened.complete(opening.call());
      } catch (Throwable e) {
        opened.completeExceptionally(e);
      }
    }, "opening the archive");
    thread.setDaemon(true);
    thread.start();
  }

  /** The opened archive, once it is open; the opening's own error (a {@link UserError}, an I/O error) if it failed. */
  Archive await() throws IOException {
    try {
      return opened.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public StoreOutcome store(Cable cable) throws IOException {
    return await().store(cable);
  }

  @Override
  public List<StoreOutcome> storeAll(List<Cable> cables) throws IOException {
    return await().storeAll(cables);
  }

  @Override
  public void finishStoring() throws IOException {
    await().finishStoring();
  }

  @Override
  public void commit() throws IOException {
    await().commit();
  }

  @Override
  public void commitAndReclaimSpace() throws IOException {
    await().commitAndReclaimSpace();
  }

  @Override
  public Optional<ArchivedCable> find(ReferenceId id) throws IOException {
    return await().find(id);
  }

  @Override
  public Optional<Telegram> telegram(ReferenceId id) throws IOException {
    return await().telegram(id);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return await().search(request);
  }

  @Override
  public ArchiveOverview overview() throws IOException {
    return await().overview();
  }

  @Override
  public List<CableSummary> citedBy(ReferenceId id) throws IOException {
    return await().citedBy(id);
  }

  @Override
  public List<CableSummary> related(ReferenceId id, int limit, SearchMode by) throws IOException {
    return await().related(id, limit, by);
  }

  @Override
  public List<CableSummary> related(ReferenceId id, int limit) throws IOException {
    return await().related(id, limit);
  }

  @Override
  public List<ReferenceId> cablesToRelate(boolean all) throws IOException {
    return await().cablesToRelate(all);
  }

  @Override
  public void storeRelated(List<ReferenceId> ids) throws IOException {
    await().storeRelated(ids);
  }

  @Override
  public Set<ReferenceId> held(List<ReferenceId> ids) throws IOException {
    return await().held(ids);
  }

  @Override
  public MeaningCoverage meaningCoverage() throws IOException {
    return await().meaningCoverage();
  }

  @Override
  public List<CableToEmbed> cablesToEmbed(String after, int limit) throws IOException {
    return await().cablesToEmbed(after, limit);
  }

  @Override
  public void storeMeanings(List<EmbeddedCable> cables) throws IOException {
    await().storeMeanings(cables);
  }

  @Override
  public ArchiveStats stats() throws IOException {
    return await().stats();
  }

  @Override
  public ReleaseDates releaseDates() throws IOException {
    return await().releaseDates();
  }

  @Override
  public CableNetwork network() throws IOException {
    return await().network();
  }

  @Override
  public void warmInBackground() throws IOException {
    await().warmInBackground();
  }

  @Override
  public List<CableSummary> summaries(List<ReferenceId> ids) throws IOException {
    return await().summaries(ids);
  }

  @Override
  public void export(String query, CableSink sink) throws IOException {
    await().export(query, sink);
  }

  /** Closes the archive once it is open; an archive that failed to open has nothing to close. */
  @Override
  public void close() throws IOException {
    Archive archive;
    try {
      archive = opened.join();
    } catch (CompletionException e) {
      return;
    }
    archive.close();
  }
}
