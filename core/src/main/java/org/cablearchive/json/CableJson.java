package org.cablearchive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.cablearchive.model.Cable;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;

/**
 * Writes and reads the JSON form of a {@link Cable} (docs/cable-json.md), one cable per line.
 *
 * <p>{@link #mapper()} gives the same configuration for the archive's other records (search results,
 * statistics), so that every JSON the product emits spells IDs, dates and labels the same way.
 */
public final class CableJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new ArchiveJsonModule())
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** The same, but naming sources as {@link SourceLocation#withinSource()} does. */
  private static final ObjectMapper PUBLIC = MAPPER.copy().registerModule(new SimpleModule("sources-within")
      .addSerializer(SourceLocation.class, new StdSerializer<>(SourceLocation.class) {
        @Override
        public void serialize(SourceLocation location, JsonGenerator json, SerializerProvider provider) throws IOException {
          provider.defaultSerializeValue(new SourceWithin(location.withinSource()), json);
        }
      }));

  /** The fields of a source location, written as the default serializer would write the record. */
  private record SourceWithin(SourceFormat format, String file, int line) {
    SourceWithin(SourceLocation location) {
      this(location.format(), location.file(), location.line());
    }
  }

  private CableJson() {}

  /** The cable as one line of JSON (newlines inside strings are escaped). */
  public static String write(Cable cable) {
    try {
      return MAPPER.writeValueAsString(cable);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write cable " + cable.id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a cable written by {@link #write}. Keys it does not know are ignored, so that older
   * readers accept newer files.
   *
   * @throws CableJsonException when the text is not JSON or not a cable, with a one-line reason
   */
  public static Cable read(String json) {
    try {
      Cable cable = MAPPER.readValue(json, Cable.class);
      if (cable == null) {
        throw new CableJsonException("not a cable: the JSON is null");
      }
      return cable;
    } catch (JsonProcessingException e) {
      throw new CableJsonException(CableJsonException.describe("not a cable", e), e);
    }
  }

  /**
   * Reads one JSON value as a tree, for readers that take only some fields of a cable.
   *
   * @throws CableJsonException when the text is not one JSON value, with a one-line reason
   */
  public static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CableJsonException(CableJsonException.describe("not JSON", e), e);
    }
  }

  /**
   * A new mapper configured like the one used for cables, for the archive's other records. Create it
   * once and keep it: building a mapper is not cheap.
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * A mapper for answers served to others (the JSON API): like {@link #mapper()}, but every {@code source}
   * names the file only within its source ({@link SourceLocation#withinSource()}), never the folders of the
   * machine that imported it.
   */
  public static ObjectMapper publicMapper() {
    return PUBLIC.copy();
  }
}
