/**
 * Source readers: turn files in every format the release was published in (WikiLeaks cable pages,
 * cables.csv, plain telegrams, page text, the archive's own JSON Lines) into {@link
 * org.cablearchive.source.SourceDocument}s, walking directories and reading .tar.xz, .tar.gz and
 * .zip archives without unpacking them.
 *
 * <p>Readers find where a cable starts and what the source itself states about it (its table,
 * its CSV columns); they do not interpret the telegram — that is {@code org.cablearchive.telegram}'s
 * work. {@code Sources} is the entry point: it walks paths, opens archives and
 * picks each file's reader. Every reader decodes its bytes through {@code DecodingReader} (UTF-8, UTF-16,
 * windows-1252 where bytes are not UTF-8) and records what it had to guess as problems. Depends on the model, {@code org.cablearchive.json} (to read the archive's
 * own JSON Lines), jsoup and commons-compress; never on the telegram parser, the archive or the web.
 */
package org.cablearchive.source;
