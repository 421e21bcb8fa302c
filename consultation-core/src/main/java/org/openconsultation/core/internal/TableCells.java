package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The canonical text of cell values, shared by writing and reading back. */
final class TableCells {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TableCells() {}

  /** An instant in ISO-8601 UTC, such as {@code 2026-03-02T08:00:00Z}. */
  static String instant(Instant value) {
    return value.toString();
  }

  /** A decimal number with a point and no exponent, such as {@code -61.5331}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }

  /** An enum constant in lower case, such as {@code institutional}. */
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The lower-case names of an enum's constants. */
  static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(TableCells::lower).toList();
  }

  /** The constant named {@code text} in lower case, or null. */
  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (lower(e).equals(text)) {
        return e;
      }
    }
    return null;
  }

  /** Strings as a JSON array, such as {@code ["a","b"]}. */
  static String array(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings always write as JSON", e);
    }
  }

  /** Reads a JSON array of strings; throws {@link IllegalArgumentException} otherwise. */
  static List<String> array(String text) {
    try {
      String[] values = JSON.readValue(text, String[].class);
      if (values == null || Arrays.asList(values).contains(null)) {
        throw new IllegalArgumentException("not an array of strings");
      }
      return List.of(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON array of strings", e);
    }
  }
}
