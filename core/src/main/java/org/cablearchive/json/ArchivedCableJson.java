package org.cablearchive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.Version;

/**
 * The JSON of a cable as the archive holds it, written here once so that {@code cables show --json} and
 * {@code /api/cables/<ID>} give the same bytes: the current version's fields at the top level (the form
 * of docs/cable-json.md), then {@code versions}, every release oldest first with its subject, header and
 * body, then {@code citedBy}, the archived cables whose references include this one.
 */
public final class ArchivedCableJson {
  /** Sources named within themselves: this JSON is served to others ({@link CableJson#publicMapper()}). */
  private static final ObjectMapper MAPPER = CableJson.publicMapper();

  private ArchivedCableJson() {}

  /** One line of JSON. */
  public static String write(ArchivedCable archived) {
    try {
      return MAPPER.writeValueAsString(tree(archived));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write cable " + archived.cable().id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode tree(ArchivedCable archived) {
    ObjectNode node = MAPPER.valueToTree(archived.cable());
    ArrayNode versions = node.putArray("versions");
    for (Version v : archived.versions()) {
      ObjectNode version = versions.addObject();
      version.set("released", MAPPER.valueToTree(v.released()));
      version.set("source", MAPPER.valueToTree(v.source()));
      version.put("current", v.current());
      version.put("subject", v.cable().subject());
      version.put("header", v.cable().header());
      version.put("body", v.cable().body());
    }
    node.set("citedBy", MAPPER.valueToTree(archived.citedBy()));
    return node;
  }
}
