package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.SortOrder;

/**
 * The releases the collection holds for every cable, kept in memory while cables are stored so that
 * storing one costs no round trip to the cluster. Read from the version documents on the first store
 * (not on connect: searching never needs it), then kept up to date by this process's stores.
 */
final class KnownReleases {
  private static final int PAGE = 5000;

  private final Map<String, long[]> releases = new ConcurrentHashMap<>();

  /** Reads every release the collection holds, from its version documents. */
  static KnownReleases load(SolrArchive archive) throws IOException {
    KnownReleases known = new KnownReleases();
    PageCursor cursor = PageCursor.first(SortOrder.RELEVANCE);
    while (cursor != null) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", KIND + ":" + KIND_VERSION);
      params.set("fl", KEY + "," + VERSION_OF + "," + VERSION_RELEASED + "," + VERSION_GIVEN + "," + VERSION_STATEMENT);
      params.set("sort", KEY + " asc");
      params.set("rows", PAGE);
      params.set("cursorMark", cursor.mark());
      QueryResponse response = archive.query(params);
      for (SolrDocument doc : response.getResults()) {
        String id = (String) doc.getFirstValue(VERSION_OF);
        TreeSet<Release> releases = known.get(id);
        releases = releases == null ? new TreeSet<>() : releases;
        releases.add(StoredVersions.release(doc));
        known.put(id, releases);
      }
      String next = cursor.next(response.getResults().size(), PAGE, response.getResults().getNumFound(),
          response.getNextCursorMark());
      cursor = next == null ? null : PageCursor.parse(next, SortOrder.RELEVANCE);
    }
    return known;
  }

  /** The releases of one cable, oldest first, or null when the archive does not hold it. */
  TreeSet<Release> get(String id) {
    long[] packed = releases.get(id);
    if (packed == null) {
      return null;
    }
    TreeSet<Release> set = new TreeSet<>();
    for (int i = 0; i < packed.length; i += 4) {
      set.add(new Release(packed[i], packed[i + 1], packed[i + 2] != 0, packed[i + 3]));
    }
    return set;
  }

  /** Packed as hash, released, given, statement: a long[] costs a fraction of a set of records, for millions of cables. */
  void put(String id, TreeSet<Release> set) {
    long[] packed = new long[set.size() * 4];
    int i = 0;
    for (Release r : set) {
      packed[i++] = r.hash();
      packed[i++] = r.released();
      packed[i++] = r.given() ? 1 : 0;
      packed[i++] = r.statement();
    }
    releases.put(id, packed);
  }
}
