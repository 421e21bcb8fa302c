package org.openconsultation.core.model;

import java.util.Objects;

/**
 * One reason why input was refused.
 *
 * @param code machine-readable code, stable across releases (for example {@code "not-blank"})
 * @param path the property that is wrong, such as {@code "title"} or {@code "place.point"}
 * @param message a human message in the caller's locale
 */
public record Violation(String code, String path, String message) {

  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }
}
