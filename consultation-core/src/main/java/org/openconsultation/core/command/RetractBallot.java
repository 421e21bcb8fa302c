package org.openconsultation.core.command;

import jakarta.validation.constraints.NotNull;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;

/**
 * Retracts the acting participant's ballot on a contribution.
 *
 * @param consultation the consultation
 * @param contribution the contribution
 */
public record RetractBallot(
    @NotNull ConsultationId consultation, @NotNull ContributionId contribution) {}
