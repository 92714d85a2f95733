/**
 * Post pages: {@code /post} (every post, most cables sent first) and {@code /post/<station>}: a post's
 * routing indicator, the cables it sent and received (TO and INFO), who signed its cables each year, and
 * the posts it wrote to most, year by year, drawn on the server. Reads the archive's network only.
 */
package org.cablearchive.web.post;
