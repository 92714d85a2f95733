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
  private static final ObjectMapper MAPPER = CableJson.mapper();
  private static final ObjectMapper PUBLIC = CableJson.publicMapper();

  private ArchivedCableJson() {}

  /** One line of JSON. */
  public static String write(ArchivedCable archived) {
    return write(archived, MAPPER);
  }

  /** The same for answers served to others: sources are named within themselves ({@link CableJson#publicMapper()}). */
  public static String writePublic(ArchivedCable archived) {
    return write(archived, PUBLIC);
  }

  private static String write(ArchivedCable archived, ObjectMapper mapper) {
    try {
      return mapper.writeValueAsString(tree(archived, mapper));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write cable " + archived.cable().id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode tree(ArchivedCable archived, ObjectMapper mapper) {
    ObjectNode node = mapper.valueToTree(archived.cable());
    ArrayNode versions = node.putArray("versions");
    for (Version v : archived.versions()) {
      ObjectNode version = versions.addObject();
      version.set("released", mapper.valueToTree(v.released()));
      version.set("source", mapper.valueToTree(v.source()));
      version.put("current", v.current());
      version.put("subject", v.cable().subject());
      version.put("header", v.cable().header());
      version.put("body", v.cable().body());
    }
    node.set("citedBy", mapper.valueToTree(archived.citedBy()));
    return node;
  }
}
