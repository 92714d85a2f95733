package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.FacetCount;

/** Counts over the whole collection, and the bytes its index occupies on the cluster's disks. */
final class CollectionStats {
  private final SolrArchive archive;

  CollectionStats(SolrArchive archive) {
    this.archive = archive;
  }

  ArchiveStats read() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    String cables = ",domain:{filter:\"" + KIND + ":" + KIND_CABLE + "\"}}";
    params.set("json.facet", "{"
        + "kind:{type:terms,field:" + KIND + ",limit:-1},"
        + "classification:{type:terms,field:" + CLASSIFICATION_FACET + ",limit:-1" + cables + ","
        + "origin:{type:terms,field:" + ORIGIN_FACET + ",limit:-1" + cables + ","
        + "year:{type:terms,field:" + YEAR_FACET + ",limit:-1,sort:\"index asc\"" + cables + "}");
    QueryResponse response = archive.query(params);
    Map<String, Long> kinds = counts(SearchAnswer.terms(response, "kind"), Function.identity());
    return new ArchiveStats(
        kinds.getOrDefault(KIND_CABLE, 0L),
        kinds.getOrDefault(KIND_VERSION, 0L),
        counts(SearchAnswer.terms(response, "classification"), Function.identity()),
        counts(SearchAnswer.terms(response, "origin"), Function.identity()),
        counts(SearchAnswer.terms(response, "year"), Integer::valueOf),
        indexBytes());
  }

  private static <K> Map<K, Long> counts(List<FacetCount> buckets, Function<String, K> key) {
    Map<K, Long> counts = new LinkedHashMap<>();
    buckets.forEach(b -> counts.put(key.apply(b.value()), b.count()));
    return counts;
  }

  /** The size of every segment of every shard leader, times the shard's replicas. */
  private long indexBytes() throws IOException {
    CollectionAdminRequest.ColStatus status = CollectionAdminRequest.collectionStatus(archive.collection());
    status.setWithSegments(true);
    status.setWithSizeInfo(true);
    try {
      NamedList<Object> response = archive.client().request(status);
      return sumSizes(response.get(archive.collection()));
    } catch (SolrServerException | SolrException e) {
      throw new IOException("SolrCloud could not report the size of " + archive.collection() + ": " + e.getMessage(), e);
    }
  }

  private static long sumSizes(Object node) {
    long sum = 0;
    if (node instanceof NamedList<?> list) {
      for (Map.Entry<String, ?> entry : list) {
        sum += "sizeInBytes".equals(entry.getKey()) && entry.getValue() instanceof Number n
            ? n.longValue() : sumSizes(entry.getValue());
      }
    } else if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        sum += "sizeInBytes".equals(entry.getKey()) && entry.getValue() instanceof Number n
            ? n.longValue() : sumSizes(entry.getValue());
      }
    }
    return sum;
  }
}
