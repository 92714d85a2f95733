package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import org.cablearchive.archive.ReleaseDates;

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

  /** Cables per release instant (the facet of the release dates' doc values), folded into days. */
  ReleaseDates releaseDates() throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", KIND + ":" + KIND_CABLE);
    params.set("rows", 0);
    params.set("json.facet", "{released:{type:terms,field:" + RELEASED + ",limit:-1}}");
    QueryResponse response = archive.query(params);
    Map<LocalDate, Long> byDay = new HashMap<>();
    long dated = 0;
    for (FacetCount instant : SearchAnswer.terms(response, "released")) {
      byDay.merge(LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(instant.value())), ZoneOffset.UTC),
          instant.count(), Long::sum);
      dated += instant.count();
    }
    return new ReleaseDates(byDay, response.getResults().getNumFound() - dated);
  }

  private static <K> Map<K, Long> counts(List<FacetCount> buckets, Function<String, K> key) {
    Map<K, Long> counts = new LinkedHashMap<>();
    buckets.forEach(b -> counts.put(key.apply(b.value()), b.count()));
    return counts;
  }

  /** The size of every shard leader's segments, times the shard's replicas: what the cluster stores. */
  private long indexBytes() throws IOException {
    CollectionAdminRequest.ColStatus status = CollectionAdminRequest.collectionStatus(archive.collection());
    status.setWithSegments(true);
    try {
      NamedList<Object> response = archive.client().request(status);
      long bytes = 0;
      for (Object shard : parts(part(part(response, archive.collection()), "shards")).values()) {
        long copies = ((Number) part(part(shard, "replicas"), "total")).longValue();
        for (Object segment : parts(part(part(part(shard, "leader"), "segInfos"), "segments")).values()) {
          bytes += copies * ((Number) part(segment, "sizeInBytes")).longValue();
        }
      }
      return bytes;
    } catch (SolrServerException | SolrException | ClassCastException | NullPointerException e) {
      throw new IOException("SolrCloud could not report the size of " + archive.collection() + ": " + e, e);
    }
  }

  /** One part of the status response, which SolrJ gives as named lists or maps depending on its version. */
  private static Object part(Object parent, String name) {
    return parts(parent).get(name);
  }

  private static Map<String, Object> parts(Object node) {
    Map<String, Object> parts = new LinkedHashMap<>();
    if (node instanceof NamedList<?> list) {
      list.forEach(entry -> parts.put(entry.getKey(), entry.getValue()));
    } else if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> parts.put(String.valueOf(key), value));
    }
    return parts;
  }
}
