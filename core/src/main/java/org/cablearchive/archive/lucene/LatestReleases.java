package org.cablearchive.archive.lucene;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/**
 * Reads releases stored but perhaps not yet committed, through a near-real-time reader that is
 * reopened only when a release is not in it yet. Needed only when a later release replaces the current
 * one (rare), so that first imports never pay for reopening.
 */
final class LatestReleases implements Closeable {
  private final IndexWriter writer;
  private DirectoryReader reader;

  LatestReleases(IndexWriter writer) {
    this.writer = writer;
  }

  /** The stored release of {@code id} whose text has {@code hash}. */
  synchronized Cable release(ReferenceId id, long hash) throws IOException {
    Cable found = reader == null ? null : lookup(id, hash);
    if (found == null) {
      DirectoryReader newer = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
      if (newer != null) {
        if (reader != null) {
          reader.close();
        }
        reader = newer;
      }
      found = lookup(id, hash);
    }
    if (found == null) {
      throw new IllegalStateException("the index lacks the stored release " + Long.toHexString(hash) + " of " + id);
    }
    return found;
  }

  private Cable lookup(ReferenceId id, long hash) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (StoredVersions.Entry entry : StoredVersions.of(searcher, id)) {
      if (entry.hash() == hash) {
        return StoredVersions.cable(searcher, entry);
      }
    }
    return null;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
