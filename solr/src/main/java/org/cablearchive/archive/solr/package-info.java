/**
 * The archive on SolrCloud: {@link org.cablearchive.archive.solr.SolrArchive} implements
 * {@link org.cablearchive.archive.Archive} over SolrJ, and {@link org.cablearchive.archive.solr.SolrCollections}
 * prepares a collection with the archive's configset (shipped in {@code configset/}).
 *
 * <p>Documents and queries use the embedded archive's field names and analysis, so a query means the
 * same on both backends. Meaning vectors are computed in this process (never by Solr) and searched with
 * Solr's knn query parser. Only SolrJ API that SolrJ 9 and 10 share is used: the archive runs against
 * either, and its tests run it on Solr 9's in-process cluster. Requests are sent with
 * {@code SolrClient.request} rather than {@code SolrRequest.process}, whose compiled signature differs
 * between the two. Depends on the archive API, the model and
 * the JSON form of a cable, and on the embedded archive's {@code QueryLanguage} only (its query parser and
 * passage finder, so that a query means the same on both backends); must not use the web or the CLI.
 */
package org.cablearchive.archive.solr;
