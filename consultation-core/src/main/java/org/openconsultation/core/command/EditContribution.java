package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;

/**
 * Edits one's own contribution while the consultation is open, making a new revision; earlier
 * revisions stay readable.
 *
 * @param consultation the consultation
 * @param contribution the contribution
 * @param title the new title
 * @param body the new text
 * @param note what changed and why (may be empty)
 */
public record EditContribution(
    @NotNull ConsultationId consultation,
    @NotNull ContributionId contribution,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 10_000) String body,
    @NotNull @Size(max = 500) String note) {}
