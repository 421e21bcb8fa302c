package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;

/**
 * Closes an open (or scheduled) consultation before its scheduled end.
 *
 * @param consultation the consultation
 * @param reason why, shown to the public, for example "Période de réserve électorale"
 */
public record CloseEarly(
    @NotNull ConsultationId consultation, @NotBlank @Size(max = 500) String reason) {}
