/**
 * Search: the {@code /search} page with facets, the date histogram and snippets, and the reading
 * of search parameters shared by the browse lists, feeds and the JSON API.
 *
 * <p>Uses the archive API only.
 */
package org.cablearchive.web.search;
