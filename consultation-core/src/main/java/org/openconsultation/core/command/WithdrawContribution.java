package org.openconsultation.core.command;

import jakarta.validation.constraints.NotNull;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;

/**
 * Withdraws one's own contribution while the consultation is open. It disappears from lists and
 * rankings; its reference is never reused.
 *
 * @param consultation the consultation
 * @param contribution the contribution
 */
public record WithdrawContribution(
    @NotNull ConsultationId consultation, @NotNull ContributionId contribution) {}
