/**
 * The JSON form of a cable and of the archive's other records, as documented in docs/cable-json.md.
 *
 * <p>{@link org.cablearchive.json.CableJson} owns the one Jackson configuration: reference IDs,
 * routing indicators and date-time groups as strings, instants as ISO-8601 UTC, dates as ISO dates,
 * enums as their published labels, every key written (null included) in record order. The model stays
 * free of Jackson annotations: the (de)serialisers live here. Depends on the model, the archive API
 * (for its facet fields as map keys) and Jackson; never on readers, the parser or an archive implementation.
 *
 * <p>{@link org.cablearchive.json.ArchivedCableJson} writes a cable with its releases and citing cables:
 * the one form that both {@code cables show --json} and the web API's {@code /api/cables/<ID>} give.
 */
package org.cablearchive.json;
