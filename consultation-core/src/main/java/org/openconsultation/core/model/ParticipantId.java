package org.openconsultation.core.model;

import java.util.Objects;

/**
 * Identifies a participant with the identifier the host already uses for that person (for example
 * the subject of an OpenID Connect token). The library never handles passwords.
 *
 * <p>Between 1 and 200 characters, without control characters.
 */
public record ParticipantId(String value) {

  /** Maximum length of a participant identifier. */
  public static final int MAX_LENGTH = 200;

  /** Checks the identifier is non-blank, at most {@value #MAX_LENGTH} characters, printable. */
  public ParticipantId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()
        || value.length() > MAX_LENGTH
        || value.chars().anyMatch(Character::isISOControl)) {
      throw InvalidInputException.of(
          "participant-id.invalid",
          "participantId",
          "a participant id has 1 to 200 printable characters");
    }
  }

  /** Shorthand for {@code new ParticipantId(value)}. */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
