/**
 * The archive: where parsed cables are stored, versioned, searched, counted and cross-referenced.
 *
 * <p>{@link org.cablearchive.archive.Archive} is the interface the web and the CLI use; its contract
 * is pinned down by the contract test suite that every implementation (embedded Lucene here, SolrCloud
 * in its own module) must pass. Nothing in this package's API names a Lucene, Solr, JSON or HTTP type.
 * A {@link org.cablearchive.archive.MeaningModel} handed to an implementation lets it search by meaning;
 * how vectors are stored ({@link org.cablearchive.archive.StoredMeaning}) and how rankings are fused
 * ({@link org.cablearchive.archive.RankFusion}) are defined here, once for every backend.
 * Depends on the model and on the network of people, posts and references built from it.
 */
package org.cablearchive.archive;
