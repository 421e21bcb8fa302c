package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;

/**
 * Reports a contribution or comment to moderators.
 *
 * @param consultation the consultation
 * @param target what is reported
 * @param reason why
 */
public record FlagContent(
    @NotNull ConsultationId consultation,
    @NotNull ContentRef target,
    @NotBlank @Size(max = 1_000) String reason) {}
