package org.openconsultation.core.command;

import jakarta.validation.constraints.NotNull;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;

/**
 * Casts the acting participant's ballot on a contribution, or changes it.
 *
 * @param consultation the consultation
 * @param contribution the contribution
 * @param ballot the value, of a kind the consultation's vote mode accepts
 */
public record CastBallot(
    @NotNull ConsultationId consultation,
    @NotNull ContributionId contribution,
    @NotNull Ballot ballot) {}
