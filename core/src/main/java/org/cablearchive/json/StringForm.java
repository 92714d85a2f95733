package org.cablearchive.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * A value type written as a single JSON string, both as a value and as a map key.
 *
 * @param type the value type
 * @param write its string form
 * @param read the inverse; throws IllegalArgumentException or DateTimeException for text it refuses
 */
record StringForm<T>(Class<T> type, Function<T, String> write, Function<String, T> read) {

  static <T> StringForm<T> of(Class<T> type, Function<T, String> write, Function<String, T> read) {
    return new StringForm<>(type, write, read);
  }

  StringForm<T> registerIn(SimpleModule module) {
    module.addSerializer(type, new Serializer());
    module.addDeserializer(type, new Deserializer());
    return this;
  }

  StringForm<T> registerAsKeyIn(SimpleModule module) {
    module.addKeySerializer(type, new KeySerializer());
    module.addKeyDeserializer(type, new Key());
    return this;
  }

  private T parse(String text) {
    try {
      return read.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  private final class Serializer extends StdSerializer<T> {
    Serializer() {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(write.apply(value));
    }
  }

  private final class KeySerializer extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeFieldName(write.apply(value));
    }
  }

  private final class Deserializer extends StdScalarDeserializer<T> {
    Deserializer() {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
        return unexpected;
      }
      String text = p.getText();
      T value = parse(text);
      if (value == null) {
        throw ctxt.weirdStringException(text, type, "not a valid " + type.getSimpleName());
      }
      return value;
    }
  }

  private final class Key extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      T value = parse(key);
      if (value == null) {
        throw ctxt.weirdKeyException(type, key, "not a valid " + type.getSimpleName());
      }
      return value;
    }
  }
}
