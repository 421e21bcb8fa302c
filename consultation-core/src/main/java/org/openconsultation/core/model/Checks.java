package org.openconsultation.core.model;

/** Invariant checks shared by the value types of this package. */
final class Checks {

  private Checks() {}

  static void require(boolean condition, String code, String path, String message) {
    if (!condition) {
      throw InvalidInputException.of(code, path, message);
    }
  }

  static String text(String value, String path, int maxLength) {
    require(value != null && !value.isBlank(), "not-blank", path, "must not be blank");
    require(
        value.length() <= maxLength, "size", path, "must be at most " + maxLength + " characters");
    return value;
  }
}
