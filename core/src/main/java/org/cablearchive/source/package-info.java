/**
 * Source readers: turn files in every format the release was published in (WikiLeaks cable pages,
 * cables.csv, plain telegrams, page text, the archive's own JSON Lines) into {@link
 * org.cablearchive.source.SourceDocument}s, walking directories and reading .tar.xz, .tar.gz and
 * .zip archives without unpacking them.
 *
 * <p>Readers find where a cable starts and what the source itself states about it (its table,
 * its CSV columns); they do not interpret the telegram — that is {@code org.cablearchive.telegram}'s
 * work. Depends on the model only (and jsoup, commons-compress).
 */
package org.cablearchive.source;
