package org.openconsultation.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input breaks one or more rules; nothing was changed. Each rule broken is one {@link
 * Violation}.
 */
public final class InvalidInputException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /** Creates the exception; {@code violations} must not be empty. */
  public InvalidInputException(List<Violation> violations) {
    super("invalid-input", describe(violations), null);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** An exception with a single violation. */
  public static InvalidInputException of(String code, String path, String message) {
    return new InvalidInputException(List.of(new Violation(code, path, message)));
  }

  /** The rules broken, in a stable order (by path, then code). */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.path() + ": " + v.message())
        .collect(Collectors.joining("; ", "invalid input: ", ""));
  }
}
