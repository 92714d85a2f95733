/**
 * Browse lists with counts: by origin, tag, classification, month created and release date, each
 * with an index page of every value. Lists are searches with one fixed filter.
 *
 * <p>Uses the archive API only.
 */
package org.cablearchive.web.browse;
