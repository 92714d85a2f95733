package org.cablearchive.archive.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/**
 * Reads releases stored but perhaps not yet committed, through a near-real-time reader that is
 * reopened only when a release is not in it yet. Needed only when a later release replaces the current
 * one (rare), so that first imports never pay for reopening. The releases stored last are also kept in
 * memory: a later release usually follows its predecessor closely in an import's input, and reopening
 * the reader for it would flush every cable buffered so far into a small segment of its own, which
 * merges then rewrite.
 */
final class LatestReleases implements Closeable {
  private static final int REMEMBERED = 2048;

  private final IndexWriter writer;
  private final Map<String, Cable> recent = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cable> eldest) {
      return size() > REMEMBERED;
    }
  };
  private DirectoryReader reader;

  LatestReleases(IndexWriter writer) {
    this.writer = writer;
  }

  /** Keeps a release just stored as its cable's current one. */
  synchronized void stored(Cable cable, long hash) {
    recent.put(key(cable.documentId(), hash), cable);
  }

  /** The stored release of {@code id} whose text has {@code hash}. */
  synchronized Cable release(ReferenceId id, long hash) throws IOException {
    Cable remembered = recent.get(key(id, hash));
    if (remembered != null) {
      return remembered;
    }
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

  private static String key(ReferenceId id, long hash) {
    return id.value() + '/' + hash;
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
