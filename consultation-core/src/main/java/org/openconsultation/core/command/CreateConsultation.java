package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Schedule;

/**
 * Creates a consultation as a draft.
 *
 * @param slug the short URL name: lower-case letters, digits and single hyphens
 * @param title the title
 * @param description what it is about (may be empty)
 * @param locale its main language
 * @param schedule when it is open
 * @param settings its settings
 * @param termsVersion the version of the terms participants consent to
 */
public record CreateConsultation(
    @NotBlank
        @Size(max = 80)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{openconsultation.slug}")
        String slug,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 20_000) String description,
    @NotNull Locale locale,
    @NotNull Schedule schedule,
    @NotNull ConsultationSettings settings,
    @NotBlank @Size(max = 50) String termsVersion) {

  /** A French consultation with default settings, an empty description and terms version "1". */
  public static CreateConsultation of(String slug, String title, Schedule schedule) {
    return new CreateConsultation(
        slug, title, "", Locale.FRENCH, schedule, ConsultationSettings.defaults(), "1");
  }

  /** This command with another description. */
  public CreateConsultation withDescription(String value) {
    return new CreateConsultation(slug, title, value, locale, schedule, settings, termsVersion);
  }

  /** This command with other settings. */
  public CreateConsultation withSettings(ConsultationSettings value) {
    return new CreateConsultation(slug, title, description, locale, schedule, value, termsVersion);
  }
}
