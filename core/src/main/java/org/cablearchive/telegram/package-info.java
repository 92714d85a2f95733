/**
 * The telegram parser: turns a {@link org.cablearchive.source.SourceDocument} (what a source says,
 * with the telegram's header and body verbatim) into a {@link org.cablearchive.model.Cable}.
 *
 * <p>{@link org.cablearchive.telegram.TelegramParser} is the entry point; {@link
 * org.cablearchive.telegram.ReferenceIds} turns any spelling of a reference ID into the canonical one.
 * Everything else is package-private: one small reader per part of the telegram (header, caption,
 * references, paragraphs, signer, summary). Readers scan line by line — no regular expression runs
 * over a whole body — because the parser must keep up with an import of 251,287 cables.
 *
 * <p>Depends on the model and the source records only: no JSON, Lucene or HTTP types. Lenient: every
 * input yields a cable; what could not be read becomes a {@link org.cablearchive.model.Problem}.
 */
package org.cablearchive.telegram;
