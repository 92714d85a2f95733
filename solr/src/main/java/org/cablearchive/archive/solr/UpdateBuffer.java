package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.KEY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.common.SolrInputDocument;

/**
 * Stored documents on their way to the cluster, sent in batches: one request per document would make
 * an import of millions of cables wait on millions of round trips. Batches are sent one at a time and in
 * order, so a cable document replaced by a later store never overtakes its replacement.
 */
final class UpdateBuffer {
  static final int BATCH = 500;

  private final SolrArchive archive;
  private final Object sending = new Object();
  private final Map<String, SolrInputDocument> inFlight = new ConcurrentHashMap<>();
  private Map<String, SolrInputDocument> pending = new LinkedHashMap<>();

  UpdateBuffer(SolrArchive archive) {
    this.archive = archive;
  }

  /** Queues documents; sends a batch once enough have gathered. */
  void add(SolrInputDocument... docs) throws IOException {
    boolean full;
    synchronized (this) {
      for (SolrInputDocument doc : docs) {
        pending.put((String) doc.getFieldValue(KEY), doc);
      }
      full = pending.size() >= BATCH;
    }
    if (full) {
      flush();
    }
  }

  /** A document queued or being sent, which the cluster may not show yet; null if there is none. */
  synchronized SolrInputDocument get(String key) {
    SolrInputDocument doc = pending.get(key);
    return doc != null ? doc : inFlight.get(key);
  }

  /** Puts a batch the cluster did not take back in front of the queue, so the next flush sends it. */
  private synchronized void requeue(List<SolrInputDocument> batch) {
    Map<String, SolrInputDocument> retry = new LinkedHashMap<>();
    batch.forEach(doc -> retry.put((String) doc.getFieldValue(KEY), doc));
    // a document stored since replaces the one that failed
    retry.putAll(pending);
    pending = retry;
  }

  /** Sends everything queued so far; what the cluster does not take stays queued. */
  void flush() throws IOException {
    synchronized (sending) {
      List<SolrInputDocument> batch;
      synchronized (this) {
        batch = new ArrayList<>(pending.values());
        inFlight.putAll(pending);
        pending = new LinkedHashMap<>();
      }
      if (batch.isEmpty()) {
        return;
      }
      try {
        archive.send(batch);
      } catch (IOException | RuntimeException e) {
        requeue(batch);
        throw e;
      } finally {
        batch.forEach(doc -> inFlight.remove((String) doc.getFieldValue(KEY), doc));
      }
    }
  }
}
