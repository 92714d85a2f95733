package org.cablearchive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.Telegram;
import org.cablearchive.archive.Version;

/**
 * The JSON of a cable as the archive holds it, written here once so that {@code cables show --json} and
 * {@code /api/cables/<ID>} give the same bytes: the current version's fields at the top level (the form
 * of docs/cable-json.md), then {@code versions}, every release oldest first with what it states (created,
 * classification, origin), its subject, header and body, then {@code citedBy}, the archived cables whose references include this one, then {@code telegram},
 * the documents the release published of its telegram when there are several (else null). A telegram held
 * only in sections is written alone in that last form ({@code /api/telegrams/<ID>}).
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

  /** One line of JSON: {@code {id, sections, documents: [{id, part, section, holds, mayHoldMore}], missing}}. */
  public static String write(Telegram telegram) {
    try {
      return MAPPER.writeValueAsString(tree(telegram));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write telegram " + telegram.id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode tree(ArchivedCable archived) {
    ObjectNode node = MAPPER.valueToTree(archived.cable());
    ArrayNode versions = node.putArray("versions");
    for (Version v : archived.versions()) {
      ObjectNode version = versions.addObject();
      version.set("released", MAPPER.valueToTree(v.released()));
      version.put("releasedGiven", v.cable().releasedGiven());
      version.set("source", MAPPER.valueToTree(v.source()));
      version.put("current", v.current());
      // what the release states beside its text: releases of one text may state it otherwise (Statement)
      version.set("created", MAPPER.valueToTree(v.cable().created()));
      version.set("classification", MAPPER.valueToTree(v.cable().classification()));
      version.put("origin", v.cable().origin());
      version.put("subject", v.cable().subject());
      version.put("header", v.cable().header());
      version.put("body", v.cable().body());
    }
    node.set("citedBy", MAPPER.valueToTree(archived.citedBy()));
    node.set("telegram", archived.telegram() == null ? NullNode.getInstance() : tree(archived.telegram()));
    return node;
  }

  private static ObjectNode tree(Telegram telegram) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("id", MAPPER.valueToTree(telegram.id()));
    node.put("sections", telegram.sections());
    node.set("documents", MAPPER.valueToTree(telegram.documents()));
    node.set("missing", MAPPER.valueToTree(telegram.missing()));
    return node;
  }
}
