package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the archive, with what is worth computing once per view:
 * the facet ordinals (built when the view opens, so that no query pays for them), the facet counts
 * over all cables, and the cited-by counts.
 */
final class ArchiveSearcher extends IndexSearcher {
  private final FacetsConfig facetsConfig;
  private final SortedSetDocValuesReaderState facetState;
  private volatile Citations citations;
  private volatile Facets allFacets;

  ArchiveSearcher(IndexReader reader, FacetsConfig facetsConfig) throws IOException {
    super(reader);
    this.facetsConfig = facetsConfig;
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null && info.getDocValuesType() == DocValuesType.SORTED_SET;
  }

  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The facet ordinals of this view, or null when it holds no cable yet. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Facet counts over every cable of this view, or null when it holds none. */
  Facets allFacets() throws IOException {
    if (allFacets == null && facetState != null) {
      synchronized (this) {
        if (allFacets == null) {
          allFacets = new OneAtATime(new SortedSetDocValuesFacetCounts(facetState));
        }
      }
    }
    return allFacets;
  }

  Citations citations() throws IOException {
    if (citations == null) {
      synchronized (this) {
        if (citations == null) {
          citations = Citations.count(getIndexReader());
        }
      }
    }
    return citations;
  }

  /**
   * Counts shared by every request on this view, read by one thread at a time: reading them looks
   * labels up through one doc-values iterator, which concurrent readers would corrupt.
   */
  private static final class OneAtATime extends Facets {
    private final Facets counts;

    OneAtATime(Facets counts) {
      this.counts = counts;
    }

    @Override
    public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
      return counts.getAllChildren(dim, path);
    }

    @Override
    public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return counts.getTopChildren(topN, dim, path);
    }

    @Override
    public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
      return counts.getSpecificValue(dim, path);
    }

    @Override
    public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
      return counts.getAllDims(topN);
    }

    @Override
    public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
      return counts.getTopDims(topNDims, topNChildren);
    }
  }
}
