package org.cablearchive.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cablearchive.json.CableJson;
import org.cablearchive.json.CableJsonException;
import org.cablearchive.model.Classification;
import org.cablearchive.model.Problem;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Reads the archive's own JSON Lines (one cable per line, as {@link CableJson} writes them). Only what
 * a source states is taken: ID, dates, classification, origin, subject, articles, header and body; the
 * telegram parser reads the rest again from header and body, so that files written by older versions
 * gain what the parser has learnt since.
 *
 * <p>A document's body line is 0: the body is one JSON string on one line, so its lines are not lines
 * of the file, and problems the parser finds in it are not tied to a line of the file.
 */
public final class JsonLinesReader implements CableReader {
  /** A cable's JSON is a few hundred KB at most; a longer line is cut and rejected. */
  static final int MAX_LINE_CHARS = 16 << 20;

  @Override
  public SourceFormat format() {
    return SourceFormat.JSONL;
  }

  @Override
  public void read(InputStream in, String file, Consumer<? super SourceItem> sink) throws IOException {
    DecodingReader text = new DecodingReader(in);
    BoundedLines lines = new BoundedLines(text, MAX_LINE_CHARS);
    for (String json = lines.next(); json != null; json = lines.next()) {
      List<Problem> decoding = text.problemsOn(lines.number(), lines.number() + 1, 0);
      if (json.isBlank()) {
        continue;
      }
      SourceLocation location = new SourceLocation(SourceFormat.JSONL, file, lines.number());
      sink.accept(lines.wasCut()
          ? reject(location, "the line is longer than " + MAX_LINE_CHARS + " characters", json)
          : item(location, json, decoding));
    }
  }

  private static SourceItem item(SourceLocation location, String json, List<Problem> decoding) {
    JsonNode node;
    try {
      node = CableJson.readTree(json);
    } catch (CableJsonException e) {
      return reject(location, e.getMessage(), json);
    }
    if (!node.isObject()) {
      return reject(location, "not a cable: the line holds a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object", json);
    }
    try {
      return document(location, new JsonCableFields(node, location.line()), decoding);
    } catch (IllegalArgumentException e) {
      return reject(location, "not a cable: " + e.getMessage(), json);
    }
  }

  private static SourceDocument document(SourceLocation location, JsonCableFields fields, List<Problem> decoding) {
    String header = fields.text("header");
    String body = fields.text("body");
    if (header == null && body == null) {
      throw new IllegalArgumentException("it has neither \"header\" nor \"body\"");
    }
    String id = fields.text("idAsPublished") != null ? fields.text("idAsPublished") : fields.text("id");
    return new SourceDocument(location, id, fields.instant("created"), fields.instant("released"),
        fields.classification(), fields.text("origin"), fields.text("subject"), List.of(), fields.texts("articles"),
        header, body, 0, concat(decoding, fields.problems()));
  }

  private static List<Problem> concat(List<Problem> first, List<Problem> second) {
    List<Problem> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static Rejection reject(SourceLocation location, String reason, String json) {
    return new Rejection(location, reason, json.length() > CsvRowScanner.MAX_RAW_KEPT
        ? json.substring(0, CsvRowScanner.MAX_RAW_KEPT) : json);
  }

  /** Reads the stated fields of one cable object; a wrong type is an error, an unreadable value a problem. */
  private static final class JsonCableFields {
    private final JsonNode node;
    private final int line;
    private final List<Problem> problems = new ArrayList<>(0);

    JsonCableFields(JsonNode node, int line) {
      this.node = node;
      this.line = line;
    }

    String text(String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        throw new IllegalArgumentException("\"" + name + "\" is not a string");
      }
      return value.asText();
    }

    List<String> texts(String name) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new IllegalArgumentException("\"" + name + "\" is not a list");
      }
      List<String> texts = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("\"" + name + "\" holds something other than strings");
        }
        texts.add(item.asText());
      }
      return texts;
    }

    Instant instant(String name) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      try {
        return Instant.parse(text);
      } catch (DateTimeException e) {
        problems.add(new Problem("UNREADABLE_" + name.toUpperCase(Locale.ROOT), line,
            "\"" + name + "\" is not an ISO-8601 UTC time: " + clip(text)));
        return null;
      }
    }

    Classification classification() {
      String text = text("classification");
      if (text == null) {
        return null;
      }
      Classification found = Classification.fromLabel(text).orElse(null);
      if (found == null) {
        problems.add(new Problem("UNKNOWN_CLASSIFICATION", line,
            "the classification \"" + clip(text) + "\" is none of the release's six"));
      }
      return found;
    }

    List<Problem> problems() {
      return problems;
    }

    private static String clip(String text) {
      return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
  }
}
