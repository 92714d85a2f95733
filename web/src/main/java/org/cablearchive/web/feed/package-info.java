/**
 * Atom feeds: for any search ({@code /feeds/search?q=…}) and for every browse list
 * ({@code /feeds/tag/PREL}), newest releases first, so that readers can follow new material.
 *
 * <p>Uses the archive API and the JDK's XML writer only.
 */
package org.cablearchive.web.feed;
