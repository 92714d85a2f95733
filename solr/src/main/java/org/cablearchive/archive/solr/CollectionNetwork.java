package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.Base64;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.network.CableFacts;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.NetworkBuilder;

/**
 * The network of the collection's current cables, built once per state of the collection: a state is
 * named by how many cable documents there are and the newest document version among them, which any
 * store changes. This process's commits start a new state at once; another process's show within a
 * second (the state is looked up at most once a second).
 */
final class CollectionNetwork {
  private static final int PAGE = 2000;
  private static final long RECHECK_NANOS = 1_000_000_000L;

  private final SolrArchive archive;
  private CableNetwork network;
  private String state;
  private long checkedAt;

  CollectionNetwork(SolrArchive archive) {
    this.archive = archive;
  }

  synchronized void committed() {
    checkedAt = 0;
  }

  synchronized CableNetwork get() throws IOException {
    long now = System.nanoTime();
    if (network != null && now - checkedAt < RECHECK_NANOS) {
      return network;
    }
    String current = state();
    checkedAt = now;
    if (network == null || !current.equals(state)) {
      network = build();
      state = current;
    }
    return network;
  }

  private String state() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", KIND + ":" + KIND_CABLE);
    params.set("rows", 1);
    params.set("fl", "_version_");
    params.set("sort", "_version_ desc");
    QueryResponse response = archive.query(params);
    Object version = response.getResults().isEmpty() ? 0 : response.getResults().get(0).getFirstValue("_version_");
    return response.getResults().getNumFound() + "/" + version;
  }

  private CableNetwork build() throws IOException {
    NetworkBuilder builder = new NetworkBuilder();
    String mark = "*";
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", KIND + ":" + KIND_CABLE);
      params.set("rows", PAGE);
      params.set("fl", FACTS);
      params.set("sort", KEY + " asc");
      params.set("cursorMark", mark);
      QueryResponse response = archive.query(params);
      for (SolrDocument doc : response.getResults()) {
        Object facts = doc.getFirstValue(FACTS);
        if (facts != null) {
          byte[] bytes = Base64.getDecoder().decode((String) facts);
          builder.add(CableFacts.decode(bytes, 0, bytes.length));
        }
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(mark)) {
        return builder.build();
      }
      mark = next;
    }
  }
}
