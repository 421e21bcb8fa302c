package org.openconsultation.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the properties of one JSON object on a generator. Null values are left out; scalar values
 * are written in their fixed text form, whatever other modules the host's mapper has.
 */
final class RecordWriter {

  /**
   * Writes the properties of one kind of record.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, RecordWriter out) throws IOException;
  }

  private final JsonGenerator gen;

  RecordWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  /** Writes {@code value} as a JSON object. */
  <T> void write(T value, Writer<? super T> writer) throws IOException {
    gen.writeStartObject();
    writer.write(value, this);
    gen.writeEndObject();
  }

  void text(String name, Object value) throws IOException {
    gen.writeStringField(name, value.toString());
  }

  void optionalText(String name, @Nullable Object value) throws IOException {
    if (value != null) {
      text(name, value);
    }
  }

  void enumValue(String name, Enum<?> value) throws IOException {
    gen.writeStringField(name, EnumNames.of(value));
  }

  void optionalEnum(String name, @Nullable Enum<?> value) throws IOException {
    if (value != null) {
      enumValue(name, value);
    }
  }

  void instant(String name, Instant value) throws IOException {
    gen.writeStringField(name, value.toString());
  }

  void optionalInstant(String name, @Nullable Instant value) throws IOException {
    if (value != null) {
      instant(name, value);
    }
  }

  void number(String name, long value) throws IOException {
    gen.writeNumberField(name, value);
  }

  void decimal(String name, double value) throws IOException {
    gen.writeNumberField(name, value);
  }

  void bool(String name, boolean value) throws IOException {
    gen.writeBooleanField(name, value);
  }

  /** An array of the text forms of {@code values}, in the collection's order. */
  void texts(String name, Collection<?> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object value : values) {
      gen.writeString(value instanceof Enum<?> e ? EnumNames.of(e) : value.toString());
    }
    gen.writeEndArray();
  }

  void numbers(String name, List<Long> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (long value : values) {
      gen.writeNumber(value);
    }
    gen.writeEndArray();
  }

  <T> void object(String name, T value, Writer<? super T> writer) throws IOException {
    gen.writeFieldName(name);
    write(value, writer);
  }

  <T> void optionalObject(String name, @Nullable T value, Writer<? super T> writer)
      throws IOException {
    if (value != null) {
      object(name, value, writer);
    }
  }

  <T> void objects(String name, Collection<T> values, Writer<? super T> writer) throws IOException {
    gen.writeArrayFieldStart(name);
    for (T value : values) {
      write(value, writer);
    }
    gen.writeEndArray();
  }
}
