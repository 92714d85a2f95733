/**
 * Lookup tables that explain a telegram to a reader: station names of routing indicators, what
 * subject tags and country codes mean, what the reasons for classification and the handling
 * caveats say. Loaded once from the module's resources; the web layer only reads them.
 *
 * <p>Depends on the JDK only: no HTTP, template or archive types.
 */
package org.cablearchive.web.lookup;
