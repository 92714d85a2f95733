package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.json.CableJson;
import org.cablearchive.archive.lucene.QueryLanguage;
import org.cablearchive.model.Cable;
import org.cablearchive.network.CableNetwork;

/**
 * A search ordered by citation rank. The ranks live in the archive's network, not in the collection:
 * the collection finds every hit's key (in pages), the archive orders them by rank and reads the page
 * asked for. Its cost grows with the number of hits, which the embedded archive's rank sort does not.
 */
final class RankedSearch {
  private static final int PAGE = 5000;

  private RankedSearch() {}

  static SearchResult run(SolrArchive archive, SearchRequest request, QueryWriter.Written query, CableNetwork network)
      throws IOException {
    long offset = offset(request.cursor());
    SearchRequest counting = new SearchRequest(request.query(), request.filters(), SortOrder.CREATED_ASC, 1, null,
        request.facets(), request.facetLimit(), request.histogram(), false);
    QueryResponse counted = archive.query(SearchParams.of(counting, query, PageCursor.first(SortOrder.CREATED_ASC)));
    List<String> keys = new ArrayList<>();
    String mark = "*";
    while (true) {
      ModifiableSolrParams params = SearchParams.of(new SearchRequest(request.query(), request.filters(), SortOrder.RANK, PAGE,
          null, false, 0, null, false), query, new PageCursor(SortOrder.RANK, 0, mark));
      params.set("rows", PAGE);
      params.set("fl", KEY);
      QueryResponse response = archive.query(params);
      response.getResults().forEach(doc -> keys.add((String) doc.getFirstValue(KEY)));
      String next = response.getNextCursorMark();
      if (next == null || next.equals(mark)) {
        break;
      }
      mark = next;
    }
    keys.sort(Comparator.comparingDouble((String k) -> -network.rank(k)).thenComparing(Comparator.naturalOrder()));
    int limit = SearchParams.limit(request);
    List<String> page = keys.subList((int) Math.min(offset, keys.size()), (int) Math.min(offset + limit, keys.size()));
    Map<String, SolrDocument> docs = new HashMap<>();
    for (SolrDocument doc : archive.getByIds(page, SUMMARY_FIELDS)) {
      docs.put((String) doc.getFirstValue(KEY), doc);
    }
    Map<String, Cable> texts = request.snippets() ? texts(archive, docs) : Map.of();
    List<Hit> hits = new ArrayList<>();
    for (String key : page) {
      SolrDocument doc = docs.get(key);
      if (doc != null) {
        Cable text = texts.get(key);
        hits.add(new Hit(Summaries.of(doc), Summaries.citedByCount(doc),
            text == null ? List.of() : QueryLanguage.snippets(QueryLanguage.parse(request.query()), text)));
      }
    }
    long next = offset + page.size();
    return new SearchResult(keys.size(), hits, SearchAnswer.facets(counted, request.facets()),
        request.histogram() == null ? List.of() : SearchAnswer.histogram(counted, request.histogram()),
        page.size() == limit && next < keys.size() ? SortOrder.RANK.name() + ":" + next + ":rank" : null);
  }

  private static Map<String, Cable> texts(SolrArchive archive, Map<String, SolrDocument> docs) throws IOException {
    List<String> versions = docs.values().stream().map(d -> (String) d.getFirstValue(CURRENT_VERSION)).toList();
    Map<String, Cable> texts = new HashMap<>();
    for (SolrDocument version : archive.getByIds(versions, CABLE)) {
      Cable cable = CableJson.read((String) version.getFirstValue(CABLE));
      texts.put(cable.id().value(), cable);
    }
    return texts;
  }

  private static long offset(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    String[] parts = cursor.split(":", 3);
    try {
      if (parts.length != 3 || !parts[0].equals(SortOrder.RANK.name()) || !parts[2].equals("rank")) {
        throw new NumberFormatException();
      }
      long offset = Long.parseLong(parts[1]);
      if (offset < 0) {
        throw new NumberFormatException();
      }
      return offset;
    } catch (NumberFormatException e) {
      throw new QueryException("not a cursor of this archive: " + cursor, -1);
    }
  }
}
