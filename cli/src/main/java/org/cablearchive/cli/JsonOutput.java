package org.cablearchive.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cablearchive.json.CableJson;

/** Prints records as JSON on stdout, spelled as everywhere else in the product. */
final class JsonOutput {
  private static final ObjectMapper MAPPER = CableJson.mapper();

  private JsonOutput() {}

  static void print(Object value) {
    try {
      System.out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
