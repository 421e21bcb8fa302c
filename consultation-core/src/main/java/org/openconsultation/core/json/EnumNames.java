package org.openconsultation.core.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How enum constants are written: lower case with dashes for underscores ({@code FOR_AGAINST}
 * becomes {@code for-against}).
 */
final class EnumNames {

  private EnumNames() {}

  /** The written name of {@code value}. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant written {@code text}; an {@link IllegalArgumentException} listing the accepted
   * names otherwise.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("expected one of " + accepted(type));
  }

  /** The accepted names, comma separated. */
  static String accepted(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumNames::of)
        .collect(Collectors.joining(", "));
  }
}
