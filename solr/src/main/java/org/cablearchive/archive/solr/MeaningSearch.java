package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.RankFusion;
import org.cablearchive.archive.RankedCursor;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Snippet;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.archive.lucene.MeaningQuery;
import org.cablearchive.archive.lucene.QueryLanguage;
import org.cablearchive.model.Cable;

/**
 * A search by meaning, or by both words and meaning, on SolrCloud, as the embedded archive runs it:
 * the query's words are embedded here, Solr's knn query finds the {@link SearchMode#NEAREST} nearest
 * cables with the query's fields, dates and selections as filter queries (which Solr applies inside the
 * vector search), both modes fuse that ranking with the words' ({@link RankFusion}), and a second request
 * over the cables found sorts them and counts their facets and histogram.
 */
final class MeaningSearch {
  private final SolrArchive archive;

  MeaningSearch(SolrArchive archive) {
    this.archive = archive;
  }

  SearchResult run(SearchRequest request) throws IOException {
    MeaningQuery query = QueryLanguage.meaning(request.query());
    String unavailable = unavailable(query);
    if (unavailable != null) {
      if (request.mode() == SearchMode.BOTH) {
        return archive.searchWords(request.in(SearchMode.WORDS));
      }
      throw new QueryException(unavailable, -1);
    }
    float[] meaning = archive.meaning().meaningOf(query.words());
    List<String> found = nearest(request, query, meaning);
    if (request.mode() == SearchMode.BOTH) {
      found = RankFusion.fuse(SearchMode.NEAREST, byWords(request, query), found);
    }
    Map<String, SolrDocument> docs = new HashMap<>();
    QueryResponse counted = foundSet(request, found);
    counted.getResults().forEach(doc -> docs.put((String) doc.getFirstValue(KEY), doc));
    List<String> ordered = request.sort() == SortOrder.RELEVANCE ? found
        : counted.getResults().stream().map(doc -> (String) doc.getFirstValue(KEY)).toList();
    int limit = SearchParams.limit(request);
    int from = Math.min(RankedCursor.decode(request.cursor()).offset(), ordered.size());
    List<SolrDocument> page = ordered.subList(from, Math.min(ordered.size(), from + limit)).stream().map(docs::get).toList();
    String next = from + page.size() < ordered.size() ? new RankedCursor(from + page.size()).encode() : null;
    return new SearchResult(found.size(), hits(page, request, query, meaning), SearchAnswer.facets(counted, request.facets()),
        request.histogram() == null ? List.of() : SearchAnswer.histogram(counted, request.histogram()), next);
  }

  private String unavailable(MeaningQuery query) throws IOException {
    if (!query.hasWords()) {
      return "a search by meaning needs words to look for (fields, dates and NOT only narrow it)";
    }
    if (archive.meaning() == null) {
      return "this archive was opened without its meaning model: search by words";
    }
    if (archive.count(MEANING_MODEL + ":" + quoted(archive.meaning().name())) == 0) {
      return "no cable in this archive has a meaning vector yet: add them with cables embed";
    }
    return null;
  }

  /** The keys of the cables nearest in meaning that pass the query's filters and the selections, nearest first. */
  private List<String> nearest(SearchRequest request, MeaningQuery query, float[] meaning) throws IOException {
    ModifiableSolrParams params = filters(request);
    params.set("q", knn(StoredMeaning.vector(meaning), SearchMode.NEAREST));
    params.add("fq", MEANING_MODEL + ":" + quoted(archive.meaning().name()));
    if (query.filter() != null) {
      QueryWriter.Written filter = QueryWriter.write(query.filter());
      params.add("fq", filter.q());
      filter.params().forEach(params::set);
    }
    params.set("sort", "score desc," + KEY + " asc");
    return keys(archive.query(params));
  }

  /** The keys of the best cables holding any of the words that pass the filters, best first. */
  private List<String> byWords(SearchRequest request, MeaningQuery query) throws IOException {
    ModifiableSolrParams params = filters(request);
    QueryWriter.Written written = QueryWriter.write(query.wordRanking());
    params.set("q", written.q());
    written.params().forEach(params::set);
    params.set("defType", "lucene");
    params.set("df", TEXT);
    params.set("sort", SearchParams.sort(SortOrder.RELEVANCE));
    return keys(archive.query(params));
  }

  private static ModifiableSolrParams filters(SearchRequest request) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.add("fq", KIND + ":" + KIND_CABLE);
    request.filters().forEach((field, values) -> {
      if (!values.isEmpty()) {
        params.add("fq", SearchParams.filter(field, values));
      }
    });
    params.set("fl", KEY);
    params.set("rows", SearchMode.NEAREST);
    return params;
  }

  private static List<String> keys(QueryResponse response) {
    List<String> keys = new ArrayList<>();
    response.getResults().forEach(doc -> keys.add((String) doc.getFirstValue(KEY)));
    return keys.size() > SearchMode.NEAREST ? keys.subList(0, SearchMode.NEAREST) : keys;
  }

  /** The cables found, in the requested order, with their summaries, passages' vectors, facets and histogram. */
  private QueryResponse foundSet(SearchRequest request, List<String> keys) throws IOException {
    SearchRequest counting = new SearchRequest("", Map.of(), request.sort(), SearchMode.NEAREST, null, request.facets(),
        request.facetLimit(), request.histogram(), false);
    ModifiableSolrParams params = SearchParams.of(counting, new QueryWriter.Written("*:*", Map.of()), PageCursor.first(request.sort()));
    params.remove("cursorMark");
    StringJoiner terms = new StringJoiner(",");
    keys.forEach(terms::add);
    params.add("fq", keys.isEmpty() ? "-*:*" : "{!terms f=" + KEY + "}" + terms);
    params.set("fl", SUMMARY_FIELDS + "," + MEANING_PASSAGES);
    params.set("rows", Math.max(1, keys.size()));
    return archive.query(params);
  }

  private List<Hit> hits(List<SolrDocument> page, SearchRequest request, MeaningQuery query, float[] meaning)
      throws IOException {
    Map<String, Cable> texts = request.snippets() ? archive.currentTexts(page) : Map.of();
    List<Hit> hits = new ArrayList<>(page.size());
    for (SolrDocument doc : page) {
      Cable text = texts.get((String) doc.getFirstValue(KEY));
      List<Snippet> snippets = List.of();
      if (text != null) {
        snippets = request.mode() == SearchMode.BOTH ? QueryLanguage.snippets(query.parsed(), text) : List.of();
        Object passages = doc.getFirstValue(MEANING_PASSAGES);
        if (snippets.isEmpty() && passages != null) {
          byte[] stored = Base64.getDecoder().decode((String) passages);
          snippets = QueryLanguage.nearestInMeaning(query.parsed(), text,
              StoredMeaning.nearestPassage(stored, 0, stored.length, meaning));
        }
      }
      hits.add(new Hit(Summaries.of(doc), Summaries.citedByCount(doc), snippets));
    }
    return hits;
  }

  /** The knn query for the {@code topK} cables nearest a stored vector (bytes, or the numbers Solr returns). */
  static String knn(Object vector, int topK) {
    StringJoiner numbers = new StringJoiner(",", "[", "]");
    if (vector instanceof byte[] bytes) {
      for (byte b : bytes) {
        numbers.add(Integer.toString(b));
      }
    } else {
      for (Object n : (Iterable<?>) vector) {
        numbers.add(Integer.toString(((Number) n).intValue()));
      }
    }
    return "{!knn f=" + MEANING + " topK=" + topK + "}" + numbers;
  }
}
