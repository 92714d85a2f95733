/**
 * The embedded archive: {@link org.cablearchive.archive.lucene.LuceneArchive} keeps cables in a Lucene
 * index inside the data directory and implements {@link org.cablearchive.archive.Archive} with it.
 *
 * <p>Searches by meaning ({@link org.cablearchive.archive.lucene.MeaningSearch}) find the nearest vectors in
 * Lucene's HNSW graph, filtered inside that search; related cables
 * ({@link org.cablearchive.archive.lucene.RelatedCables}) are worked out one cable at a time.
 *
 * <p>Nothing outside this package sees a Lucene type, except through
 * {@link org.cablearchive.archive.lucene.QueryLanguage}: the SolrCloud archive reuses the query parser,
 * the reading of a query for a search by meaning ({@link org.cablearchive.archive.lucene.MeaningQuery})
 * and the passage finder so that a query means the same on both backends. Depends on the model, the archive
 * API, Lucene and the telegram package's ID canonicaliser (so that {@code id:} takes any spelling); never
 * on sources, JSON or HTTP. How the index is laid out is described in docs/archive.md.
 */
package org.cablearchive.archive.lucene;
