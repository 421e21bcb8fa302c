package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;

/**
 * Submits an individual contribution written by the acting participant.
 *
 * @param consultation the consultation
 * @param theme the theme it belongs to
 * @param title the title
 * @param body the text
 * @param location where it applies, or null
 */
public record SubmitContribution(
    @NotNull ConsultationId consultation,
    @NotNull ThemeId theme,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 10_000) String body,
    @Nullable GeoPoint location) {

  /** A contribution without location. */
  public SubmitContribution(ConsultationId consultation, ThemeId theme, String title, String body) {
    this(consultation, theme, title, body, null);
  }
}
