package org.openconsultation.core.model;

import java.util.Objects;

/**
 * A theme of a consultation; themes are shown in ascending {@code position}.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param title the title
 * @param description what the theme covers
 * @param position its place in the list, from 0
 */
public record Theme(
    ConsultationId consultationId, ThemeId id, String title, String description, int position) {

  /** Checks that no component is null and the position is not negative. */
  public Theme {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Checks.require(position >= 0, "min", "position", "must not be negative");
  }
}
