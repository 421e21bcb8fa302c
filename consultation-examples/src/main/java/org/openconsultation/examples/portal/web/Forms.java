package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;
import org.openconsultation.examples.portal.view.Texts;

/**
 * Reads a request's form fields and query parameters: blank means absent, and a value that does not
 * parse is an {@link InvalidInputException} on that field, shown like the engine's own.
 */
final class Forms {

  private final Context ctx;
  private final Texts texts;

  Forms(Context ctx, Texts texts) {
    this.ctx = ctx;
    this.texts = texts;
  }

  /** A form field, stripped; empty when missing. */
  String text(String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }

  /** A form field, stripped; null when missing or blank. */
  @Nullable String optional(String name) {
    String value = text(name);
    return value.isEmpty() ? null : value;
  }

  /** A query parameter, stripped; null when missing or blank. */
  @Nullable String query(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A value parsed by {@code parse}; null when absent; invalid input when it does not parse. */
  <T> @Nullable T parsed(@Nullable String value, String field, Function<String, T> parse) {
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (RuntimeException e) {
      throw violation("portal.unreadable", field, texts.get("form.unreadable"));
    }
  }

  /** A required form field parsed by {@code parse}. */
  <T> T required(String field, Function<String, T> parse) {
    T value = parsed(optional(field), field, parse);
    if (value == null) {
      throw violation("portal.required", field, texts.get("form.required"));
    }
    return value;
  }

  /** An enum constant by name, case-insensitive. */
  static <E extends Enum<E>> Function<String, E> constant(Class<E> type) {
    return s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
  }

  /** A UUID-backed id. */
  static <T> Function<String, T> id(Function<UUID, T> make) {
    return s -> make.apply(UUID.fromString(s));
  }

  private static InvalidInputException violation(String code, String field, String message) {
    return new InvalidInputException(List.of(new Violation(code, field, message)));
  }
}
