package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;

/**
 * The violations an import has met, in the actor's language. An import that met any writes nothing;
 * past {@value #MAX} it stops reading.
 */
final class ImportProblems {

  /** The most violations reported at once. */
  static final int MAX = 100;

  private final Locale locale;
  private final List<Violation> violations = new ArrayList<>();

  ImportProblems(Locale locale) {
    this.locale = locale;
  }

  /** Whether any violation was met. */
  boolean any() {
    return !violations.isEmpty();
  }

  /**
   * Records a violation at {@code origin} ({@code field}, if known): {@code code} is the stable
   * code, {@code key} the message of {@link ImportMessages}.
   */
  void add(ImportOrigin origin, @Nullable String field, String code, String key, Object... args) {
    addText(origin, field, code, ImportMessages.get(locale, key, args));
  }

  /** Records a violation whose explanation is already written. */
  void addText(ImportOrigin origin, @Nullable String field, String code, String explanation) {
    violations.add(
        new Violation(
            code,
            origin.path(field),
            ImportMessages.get(
                locale, "import.problem", origin.where(locale, field), explanation)));
    if (violations.size() >= MAX) {
      throw failure();
    }
  }

  /** Throws the violations met, if any. */
  void throwIfAny() {
    if (any()) {
      throw failure();
    }
  }

  private InvalidInputException failure() {
    return new InvalidInputException(violations);
  }
}
