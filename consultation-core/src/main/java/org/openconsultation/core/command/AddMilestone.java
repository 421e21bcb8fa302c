package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.MilestoneStatus;

/**
 * Adds a milestone to the public timeline.
 *
 * @param consultation the consultation
 * @param label the short label
 * @param description more detail (may be empty)
 * @param date the day
 * @param status planned, in progress or done
 */
public record AddMilestone(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 200) String label,
    @NotNull @Size(max = 2_000) String description,
    @NotNull LocalDate date,
    @NotNull MilestoneStatus status) {}
