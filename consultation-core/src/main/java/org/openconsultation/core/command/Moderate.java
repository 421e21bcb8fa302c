package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ModerationAction;

/**
 * A moderator's decision on a contribution or comment: approve queued content, hide content, or
 * restore hidden content.
 *
 * @param consultation the consultation
 * @param target the content
 * @param action what to do
 * @param reason why, kept with the decision
 */
public record Moderate(
    @NotNull ConsultationId consultation,
    @NotNull ContentRef target,
    @NotNull ModerationAction action,
    @NotBlank @Size(max = 1_000) String reason) {}
