package org.openconsultation.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Registers a record type written as a JSON object by a {@link RecordWriter.Writer}. */
final class RecordCodec {

  private RecordCodec() {}

  /** Registers the serializer and deserializer of {@code type} on {@code module}. */
  static <T> void add(
      SimpleModule module,
      Class<T> type,
      RecordWriter.Writer<T> writer,
      RecordReader.Reader<T> reader) {
    module.addSerializer(type, new Serializer<>(type, writer));
    module.addDeserializer(type, new Deserializer<>(type, reader));
  }

  /** Writes one record type. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient RecordWriter.Writer<T> writer;

    Serializer(Class<T> type, RecordWriter.Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      new RecordWriter(gen).write(value, writer);
    }
  }

  /** Reads one record type. */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final transient RecordReader.Reader<T> reader;

    Deserializer(Class<T> type, RecordReader.Reader<T> reader) {
      super(type);
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return RecordReader.read(ctxt.readTree(p), type, type.getSimpleName(), ctxt, reader);
    }
  }
}
