package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.RankFusion;
import org.cablearchive.archive.RankedCursor;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Snippet;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.archive.StoredMeaning;
import org.cablearchive.model.Cable;

/**
 * Runs a search by meaning, or by both words and meaning, against one view of the index. The query's
 * plain words are embedded and the {@link SearchMode#NEAREST} cables whose vectors lie nearest are found
 * in the HNSW graph, with the query's fields, dates and the drill-down selections applied inside that
 * search (so that a filter leaves the nearest cables that pass it, not fewer). Both modes fuse that
 * ranking with the words' ({@link RankFusion}). The cables found are the result: its total, facets and
 * histogram count them, and its pages walk through them.
 */
final class MeaningSearch {
  private final ArchiveSearcher searcher;
  private final Analyzer analyzer;
  private final MeaningModel model;
  private final CableSearch words;

  /**
   * @param model the archive's meaning model, or null when it was opened without one
   * @param words the search by words of the same view, with its time budget and cost limit
   */
  MeaningSearch(ArchiveSearcher searcher, Analyzer analyzer, MeaningModel model, CableSearch words) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.model = model;
    this.words = words;
  }

  SearchResult run(SearchRequest request) throws IOException {
    MeaningQuery query = MeaningQuery.of(new ArchiveQueryParser(analyzer).read(request.query()));
    String unavailable = unavailable(query);
    if (unavailable != null) {
      if (request.mode() == SearchMode.BOTH) {
        return words.run(request.in(SearchMode.WORDS), query.parsed());
      }
      throw new QueryException(unavailable, -1);
    }
    boolean both = request.mode() == SearchMode.BOTH;
    words.checkCost(query.parsed(), request.filters(), both ? 2 : 1,
        both && request.snippets() ? Math.min(request.limit(), 2 * SearchMode.NEAREST) : 0);
    float[] meaning = model.meaningOf(query.words());
    List<Integer> nearest = docs(searcher.search(new KnnByteVectorQuery(IndexFields.MEANING, StoredMeaning.vector(meaning),
        SearchMode.NEAREST, filter(query, request.filters())), SearchMode.NEAREST));
    List<Integer> found = request.mode() == SearchMode.MEANING ? nearest
        : RankFusion.fuse(SearchMode.NEAREST, docs(searcher.search(words.drillDown(query.wordRanking(), request.filters()),
            SearchMode.NEAREST)), nearest);
    int[] docs = found.stream().mapToInt(Integer::intValue).toArray();
    List<CableSummary> summaries = Summaries.read(searcher.getIndexReader(), docs);
    Query foundSet = foundSet(summaries);
    List<Integer> ordered = request.sort() == SortOrder.RELEVANCE ? found
        : docs(searcher.search(foundSet, Math.max(1, found.size()), words.sort(request.sort())));
    RankedCursor cursor = RankedCursor.decode(request.cursor());
    int limit = Math.max(1, Math.min(request.limit(), CableSearch.MAX_LIMIT));
    int from = Math.min(cursor.offset(), ordered.size());
    List<Integer> page = ordered.subList(from, Math.min(ordered.size(), from + limit));
    SearchResult counted = request.facets() || request.histogram() != null
        ? words.run(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, null, request.facets(), request.facetLimit(),
            request.histogram(), false), foundSet)
        : null;
    String next = from + page.size() < ordered.size() ? new RankedCursor(from + page.size()).encode() : null;
    return new SearchResult(found.size(), hits(page, request, query, meaning),
        counted == null ? Map.of() : counted.facets(), counted == null ? List.of() : counted.histogram(), next);
  }

  /** Why this search cannot be run by meaning, or null when it can. */
  private String unavailable(MeaningQuery query) throws IOException {
    if (!query.hasWords()) {
      return "a search by meaning needs words to look for (fields, dates and NOT only narrow it)";
    }
    if (model == null) {
      return "this archive was opened without its meaning model: search by words";
    }
    if (searcher.count(new TermQuery(new Term(IndexFields.MEANING_MODEL, model.name()))) == 0) {
      return "no cable in this archive has a meaning vector yet: add them with cables embed";
    }
    return null;
  }

  /** Cables with a vector from this model that pass the query's fields and dates and the selections. */
  private Query filter(MeaningQuery query, Map<FacetField, List<String>> selections) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.MEANING_MODEL, model.name())), BooleanClause.Occur.FILTER);
    if (query.filter() instanceof BooleanQuery clauses) {
      clauses.clauses().forEach(filter::add);
    } else if (query.filter() != null) {
      filter.add(query.filter(), BooleanClause.Occur.FILTER);
    }
    return selections.isEmpty() ? filter.build() : words.drillDown(filter.build(), selections);
  }

  /** The cables found, as a query (for sorting and counting them). */
  private static Query foundSet(List<CableSummary> summaries) {
    List<BytesRef> ids = new ArrayList<>(summaries.size());
    for (CableSummary summary : summaries) {
      ids.add(new BytesRef(IndexFields.keyword(summary.id().value())));
    }
    return new TermInSetQuery(IndexFields.ID, ids);
  }

  /** The page's hits: the passage nearest in meaning, or (searching both ways) the passages holding the words. */
  private List<Hit> hits(List<Integer> page, SearchRequest request, MeaningQuery query, float[] meaning) throws IOException {
    int[] docs = page.stream().mapToInt(Integer::intValue).toArray();
    List<CableSummary> summaries = Summaries.read(searcher.getIndexReader(), docs);
    Citations citations = searcher.citations();
    PassageFinder passages = new PassageFinder(query.parsed(), analyzer);
    StoredFields stored = request.snippets() ? searcher.storedFields() : null;
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      List<Snippet> snippets = List.of();
      if (stored != null) {
        Cable cable = StoredVersions.cable(stored, docs[i]);
        snippets = request.mode() == SearchMode.BOTH ? passages.find(cable, CableSearch.SNIPPETS_PER_HIT) : List.of();
        if (snippets.isEmpty()) {
          snippets = nearestPassage(docs[i], cable, passages, meaning);
        }
      }
      hits.add(new Hit(summaries.get(i), citations.citedBy(summaries.get(i).id().value()), snippets));
    }
    return hits;
  }

  /** The stored passage of a cable nearest the query, with the query's words it holds marked. */
  private List<Snippet> nearestPassage(int doc, Cable cable, PassageFinder passages, float[] meaning) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues stored = leaf.reader().getBinaryDocValues(IndexFields.MEANING_PASSAGES);
    if (stored == null || !stored.advanceExact(doc - leaf.docBase)) {
      return List.of();
    }
    BytesRef bytes = stored.binaryValue();
    int number = StoredMeaning.nearestPassage(bytes.bytes, bytes.offset, bytes.length, meaning);
    return passages.nearestInMeaning(cable, number).map(List::of).orElse(List.of());
  }

  private static List<Integer> docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(d -> d.doc).toList();
  }
}
