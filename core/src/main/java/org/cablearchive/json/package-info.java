/**
 * The JSON form of a cable and of the archive's other records, as documented in docs/cable-json.md.
 *
 * <p>{@link org.cablearchive.json.CableJson} owns the one Jackson configuration: reference IDs,
 * routing indicators and date-time groups as strings, instants as ISO-8601 UTC, dates as ISO dates,
 * enums as their published labels, every key written (null included) in record order. The model stays
 * free of Jackson annotations: the (de)serialisers live here. Depends on the model, the archive API
 * (for its facet fields as map keys) and Jackson; never on readers, the parser or an archive implementation.
 */
package org.cablearchive.json;
