/**
 * The embedded archive: {@link org.cablearchive.archive.lucene.LuceneArchive} keeps cables in a Lucene
 * index inside the data directory and implements {@link org.cablearchive.archive.Archive} with it.
 *
 * <p>Nothing outside this package sees a Lucene type. Depends on the model, the archive API and
 * Lucene; never on sources, the parser, JSON or HTTP. How the index is laid out is described in
 * docs/archive.md.
 */
package org.cablearchive.archive.lucene;
