/**
 * The cable page ({@code /cable/<ID>}): one cable with its header, body, paragraphs, tags,
 * references, citing and related cables, versions, citation and explanations. Also the redirects
 * from other spellings of an ID and from WikiLeaks addresses.
 *
 * <p>Uses the archive API, the model and the lookup tables; never an archive implementation.
 */
package org.cablearchive.web.cable;
