package org.cablearchive.archive.solr;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.solr.client.solrj.SolrClient;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveContract;
import org.cablearchive.archive.MeaningModel;

/**
 * The archive contract against collections of two shards with two replicas each. A collection is
 * emptied and reused once the archive on it is closed: cheaper than a new collection per test, and the
 * suite keeps at most two archives open at once (the sample and the test's own).
 */
class SolrArchiveContractTest extends ArchiveContract {
  private final Deque<String> free = new ArrayDeque<>();
  private final java.util.Map<Archive, String> collections = new java.util.IdentityHashMap<>();

  @Override
  protected Archive createEmptyArchive(MeaningModel meaning) throws Exception {
    String collection = free.isEmpty() ? SolrCluster.newCollection("contract") : free.pop();
    try (SolrClient client = SolrArchive.clientFor(ZkAddress.parse(SolrCluster.zkHost()))) {
      client.deleteByQuery(collection, "*:*");
      client.commit(collection);
    }
    Archive archive = returningOnClose(SolrArchive.connect(SolrCluster.zkHost(), collection, meaning), collection);
    collections.put(archive, collection);
    return archive;
  }

  /** Another client on the same collection, as another process would connect (the first stays open). */
  @Override
  protected Archive reopen(Archive archive, MeaningModel meaning) throws Exception {
    String collection = collections.get(archive);
    Archive again = SolrArchive.connect(SolrCluster.zkHost(), collection, meaning);
    collections.put(again, collection);
    return again;
  }

  /** The archive itself, except that closing it also gives its collection back for the next test. */
  private Archive returningOnClose(SolrArchive archive, String collection) {
    return (Archive) Proxy.newProxyInstance(Archive.class.getClassLoader(), new Class<?>[] {Archive.class},
        (proxy, method, args) -> {
          try {
            return method.invoke(archive, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            if (method.getName().equals("close")) {
              free.push(collection);
            }
          }
        });
  }
}
