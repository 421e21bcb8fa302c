package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * Submits a workshop's result as a collective contribution. The acting facilitator must run the
 * workshop (or be an organiser); the contribution's location and territory are the workshop's.
 *
 * @param consultation the consultation
 * @param workshop the workshop it comes from
 * @param theme the theme
 * @param title the title
 * @param body the text agreed by the workshop
 * @param attendeeCount how many attendees it speaks for, or null for all of the workshop's
 */
public record SubmitCollectiveContribution(
    @NotNull ConsultationId consultation,
    @NotNull WorkshopId workshop,
    @NotNull ThemeId theme,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 10_000) String body,
    @Nullable @Positive Integer attendeeCount) {}
