/**
 * The JSON API under {@code /api/}: one cable with its versions and citing cables, searches with the
 * page's parameters, browse lists and counts, archive statistics, and the OpenAPI document that
 * describes them. JSON is written with the cable JSON form's mapper so that every ID, date and
 * label is spelled as in docs/cable-json.md.
 *
 * <p>Uses the archive API and the JSON codec only.
 */
package org.cablearchive.web.api;
