/**
 * The import pipeline: source items → telegram parser → archive, in parallel with memory bounded by
 * the bytes of text in flight, committing periodically so that an interrupted import can simply be run again.
 * {@link org.cablearchive.ingest.Import} is the entry point; what could not be imported is kept in the
 * rejects folder. {@link org.cablearchive.ingest.Reparse} reads a stored release again with the current
 * parser, for {@code cables reparse}. {@link org.cablearchive.ingest.MeaningPass} gives the cables of an
 * archive that lack them their meaning vectors, resumably.
 *
 * <p>Depends on the source readers, the parser and the archive API — never on an archive
 * implementation (the CLI chooses one).
 */
package org.cablearchive.ingest;
