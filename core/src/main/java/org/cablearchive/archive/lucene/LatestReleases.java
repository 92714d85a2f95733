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
 * merges then rewrite. What is kept is bounded by the characters of their texts, not by their number:
 * one cable may be a thousand times the size of another.
 */
final class LatestReleases implements Closeable {
  private static final int REMEMBERED = 2048;
  /** Characters of text kept at most: a sixty-fourth of the heap (at two bytes a character, a thirty-second). */
  private static final long REMEMBERED_CHARS = Runtime.getRuntime().maxMemory() / 64;

  private final IndexWriter writer;
  private final Map<String, Cable> recent = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true);
  private long recentChars;
  private DirectoryReader reader;

  LatestReleases(IndexWriter writer) {
    this.writer = writer;
  }

  /** Keeps a release just stored as its cable's current one. */
  synchronized void stored(Cable cable, long hash) {
    long chars = chars(cable);
    if (chars > REMEMBERED_CHARS) {
      return;
    }
    Cable replaced = recent.put(key(cable.documentId(), hash), cable);
    recentChars += chars - (replaced == null ? 0 : chars(replaced));
    for (var eldest = recent.values().iterator(); recent.size() > REMEMBERED || recentChars > REMEMBERED_CHARS; ) {
      recentChars -= chars(eldest.next());
      eldest.remove();
    }
  }

  private static long chars(Cable cable) {
    return cable.header().length() + cable.body().length();
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
