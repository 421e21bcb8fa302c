package org.openconsultation.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Registers a value type written as one JSON string, such as a typed id or a reference, as a value
 * and as a map key.
 */
final class TextCodec {

  private TextCodec() {}

  /** Registers {@code type}, written by {@code write} and read back by {@code read}. */
  static <T> void add(
      SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
    module.addSerializer(type, new Serializer<>(type, write, false));
    module.addDeserializer(type, new Deserializer<>(type, read));
    module.addKeySerializer(type, new Serializer<>(type, write, true));
    module.addKeyDeserializer(type, new Key<>(type, read));
  }

  /** Registers a model enum, written lower case with dashes. */
  static <E extends Enum<E>> void addEnum(SimpleModule module, Class<E> type) {
    add(module, type, EnumNames::of, text -> EnumNames.parse(type, text));
  }

  private static <T> T parse(
      DeserializationContext ctxt, Class<T> type, Function<String, T> read, String text)
      throws IOException {
    try {
      return read.apply(text);
    } catch (RuntimeException e) {
      throw ctxt.weirdStringException(text, type, String.valueOf(e.getMessage()));
    }
  }

  /** Writes the text form, as a value or as a property name. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<T, String> write;
    private final boolean key;

    Serializer(Class<T> type, Function<T, String> write, boolean key) {
      super(type);
      this.write = write;
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (key) {
        gen.writeFieldName(write.apply(value));
      } else {
        gen.writeString(write.apply(value));
      }
    }
  }

  /** Reads a JSON string; anything else is a mismatched input. */
  private static final class Deserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final transient Function<String, T> read;

    Deserializer(Class<T> type, Function<String, T> read) {
      super(type);
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T refused = (T) ctxt.handleUnexpectedToken(type, p);
        return refused;
      }
      return parse(ctxt, type, read, p.getText());
    }
  }

  /** Reads a map key. */
  private static final class Key<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> read;

    Key(Class<T> type, Function<String, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return read.apply(key);
      } catch (RuntimeException e) {
        return ctxt.handleWeirdKey(type, key, String.valueOf(e.getMessage()));
      }
    }
  }
}
