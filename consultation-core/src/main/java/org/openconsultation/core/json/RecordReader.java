package org.openconsultation.core.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationException;

/**
 * Reads the properties of one JSON object into a record, with errors that name the property: a
 * {@code MismatchedInputException} for a missing property or a value of the wrong JSON type, an
 * {@code InvalidFormatException} for text that does not parse, a {@code
 * ValueInstantiationException} when the record refuses the values, and an {@code
 * UnrecognizedPropertyException} for an unknown property while {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on.
 */
final class RecordReader {

  /**
   * Builds one kind of record from its properties.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  interface Reader<T> {
    T read(RecordReader in) throws IOException;
  }

  private final JsonNode node;
  private final Class<?> type;
  private final String path;
  private final DeserializationContext ctxt;
  private final Set<String> known = new LinkedHashSet<>();

  private RecordReader(JsonNode node, Class<?> type, String path, DeserializationContext ctxt) {
    this.node = node;
    this.type = type;
    this.path = path;
    this.ctxt = ctxt;
  }

  /** Reads {@code node}, which must be an object, as a {@code type} found at {@code path}. */
  static <T> T read(
      JsonNode node, Class<T> type, String path, DeserializationContext ctxt, Reader<T> reader)
      throws IOException {
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(type, path + " must be a JSON object, not " + node);
    }
    RecordReader in = new RecordReader(node, type, path, ctxt);
    T value;
    try {
      value = reader.read(in);
    } catch (ConsultationException | IllegalArgumentException e) {
      throw ValueInstantiationException.from(
          ctxt.getParser(), path + ": " + e.getMessage(), ctxt.constructType(type), e);
    }
    in.refuseUnknown();
    return value;
  }

  /** The type being read, for error messages. */
  String path() {
    return path;
  }

  DeserializationContext context() {
    return ctxt;
  }

  String text(String name) throws IOException {
    JsonNode value = required(name);
    return value.isTextual() ? value.textValue() : wrongType(name, "a string");
  }

  @Nullable String optionalText(String name) throws IOException {
    return present(name) ? text(name) : null;
  }

  /** Text parsed by {@code parser}; any failure of the parser is an invalid format. */
  <T> T parsed(String name, Class<T> target, Function<String, T> parser) throws IOException {
    return parse(name, text(name), target, parser);
  }

  <T> @Nullable T optionalParsed(String name, Class<T> target, Function<String, T> parser)
      throws IOException {
    return present(name) ? parsed(name, target, parser) : null;
  }

  Instant instant(String name) throws IOException {
    return parsed(name, Instant.class, Instant::parse);
  }

  @Nullable Instant optionalInstant(String name) throws IOException {
    return optionalParsed(name, Instant.class, Instant::parse);
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> target) throws IOException {
    return parsed(name, target, text -> EnumNames.parse(target, text));
  }

  <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> target) throws IOException {
    return present(name) ? enumValue(name, target) : null;
  }

  int integer(String name) throws IOException {
    JsonNode value = required(name);
    return value.isIntegralNumber() && value.canConvertToInt()
        ? value.intValue()
        : wrongType(name, "an integer");
  }

  long number(String name) throws IOException {
    JsonNode value = required(name);
    return value.isIntegralNumber() && value.canConvertToLong()
        ? value.longValue()
        : wrongType(name, "an integer");
  }

  /** A number; also the strings {@code NaN}, {@code Infinity} and {@code -Infinity}. */
  double decimal(String name) throws IOException {
    JsonNode value = required(name);
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(value.textValue())) {
      return Double.parseDouble(value.textValue());
    }
    return wrongType(name, "a number");
  }

  boolean bool(String name) throws IOException {
    JsonNode value = required(name);
    return value.isBoolean() ? value.booleanValue() : wrongType(name, "true or false");
  }

  <T> T object(String name, Class<T> target, Reader<T> reader) throws IOException {
    return read(required(name), target, path + "." + name, ctxt, reader);
  }

  <T> @Nullable T optionalObject(String name, Class<T> target, Reader<T> reader)
      throws IOException {
    return present(name) ? object(name, target, reader) : null;
  }

  <T> List<T> objects(String name, Class<T> target, Reader<T> reader) throws IOException {
    JsonNode array = array(name);
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      values.add(read(array.get(i), target, path + "." + name + "[" + i + "]", ctxt, reader));
    }
    return values;
  }

  <T> List<T> parsedList(String name, Class<T> target, Function<String, T> parser)
      throws IOException {
    JsonNode array = array(name);
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String at = name + "[" + i + "]";
      values.add(
          item.isTextual()
              ? parse(at, item.textValue(), target, parser)
              : wrongType(at, "a string"));
    }
    return values;
  }

  List<Long> numbers(String name) throws IOException {
    JsonNode array = array(name);
    List<Long> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      values.add(
          item.isIntegralNumber() && item.canConvertToLong()
              ? item.longValue()
              : wrongType(name + "[" + i + "]", "an integer"));
    }
    return values;
  }

  private JsonNode array(String name) throws IOException {
    JsonNode value = required(name);
    return value.isArray() ? value : wrongType(name, "an array");
  }

  private <T> T parse(String name, String text, Class<T> target, Function<String, T> parser)
      throws IOException {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw ctxt.weirdStringException(text, target, path + "." + name + ": " + e.getMessage());
    }
  }

  private boolean present(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  private JsonNode required(String name) throws IOException {
    if (!present(name)) {
      return ctxt.reportInputMismatch(type, path + ": missing property \"" + name + "\"");
    }
    return node.get(name);
  }

  private <T> T wrongType(String name, String expected) throws IOException {
    return ctxt.reportInputMismatch(
        type, path + "." + name + " must be " + expected + ", not " + node.get(name));
  }

  private void refuseUnknown() throws IOException {
    if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!known.contains(property.getKey())) {
        throw UnrecognizedPropertyException.from(
            ctxt.getParser(), type, property.getKey(), new ArrayList<Object>(known));
      }
    }
  }
}
