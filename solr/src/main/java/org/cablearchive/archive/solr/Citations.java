package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.ReferenceId;

/**
 * Who cites whom. A cable's cited-by count is a doc-values field updated in place, so sorting by it
 * costs nothing at search time; the cables whose citing set may have changed are remembered as they are
 * stored and recounted at commit, once the citing documents are searchable.
 */
final class Citations {
  private static final int BATCH = 200;
  private static final int PAGE = 1000;
  private static final SortOrder CITING_ORDER = SortOrder.CREATED_ASC;

  private final SolrArchive archive;
  private final Set<String> stale = ConcurrentHashMap.newKeySet();

  Citations(SolrArchive archive) {
    this.archive = archive;
  }

  /** Notes a stored cable: its own count (reset by re-adding it) and the counts of what it cites, now or before. */
  void changed(String id, List<ReferenceId> cites, List<ReferenceId> citedBefore) {
    stale.add(id);
    cites.forEach(cited -> stale.add(cited.value()));
    citedBefore.forEach(cited -> stale.add(cited.value()));
  }

  /** Recounts the stale cables the archive holds; true when any count changed. */
  boolean recount() throws IOException {
    List<String> ids = new ArrayList<>(stale);
    stale.removeAll(ids);
    boolean changed = false;
    try {
      for (int from = 0; from < ids.size(); from += BATCH) {
        changed |= recount(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      }
    } catch (IOException | RuntimeException e) {
      stale.addAll(ids); // recounted again at the next commit
      throw e;
    }
    return changed;
  }

  private boolean recount(List<String> ids) throws IOException {
    List<SolrDocument> held = archive.getByIds(ids, KEY + "," + CITED_BY_COUNT);
    if (held.isEmpty()) {
      return false;
    }
    Map<String, Integer> counts = count(held.stream().map(doc -> (String) doc.getFirstValue(KEY)).toList());
    List<SolrInputDocument> updates = new ArrayList<>();
    for (SolrDocument doc : held) {
      String id = (String) doc.getFirstValue(KEY);
      int count = counts.getOrDefault(citingQuery(id), 0);
      if (count != Summaries.citedByCount(doc)) {
        SolrInputDocument update = new SolrInputDocument();
        update.setField(KEY, id);
        update.setField(CITED_BY_COUNT, Map.of("set", count));
        updates.add(update);
      }
    }
    if (!updates.isEmpty()) {
      archive.send(updates);
    }
    return !updates.isEmpty();
  }

  /** How many cables cite each ID, keyed by {@link #citingQuery}. */
  private Map<String, Integer> count(List<String> ids) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("fq", KIND + ":" + KIND_CABLE);
    params.set("rows", 0);
    params.set("facet", true);
    ids.forEach(id -> params.add("facet.query", citingQuery(id)));
    return archive.query(params).getFacetQuery();
  }

  /** The cables citing {@code id}, oldest first. */
  List<CableSummary> citing(ReferenceId id) throws IOException {
    List<CableSummary> citing = new ArrayList<>();
    PageCursor cursor = PageCursor.first(CITING_ORDER);
    while (cursor != null) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", citingQuery(id.value()));
      params.set("fq", KIND + ":" + KIND_CABLE);
      params.set("fl", SUMMARY_FIELDS);
      params.set("sort", SearchParams.sort(CITING_ORDER));
      params.set("rows", PAGE);
      params.set("cursorMark", cursor.mark());
      QueryResponse response = archive.query(params);
      response.getResults().forEach(doc -> citing.add(Summaries.of(doc)));
      cursor = nextPage(cursor, response);
    }
    return citing;
  }

  private static PageCursor nextPage(PageCursor cursor, QueryResponse response) {
    int hits = response.getResults().size();
    String next = cursor.next(hits, PAGE, response.getResults().getNumFound(), response.getNextCursorMark());
    return next == null ? null : PageCursor.parse(next, CITING_ORDER);
  }

  private static String citingQuery(String id) {
    return "{!term f=" + CITES + "}" + keyword(id);
  }
}
