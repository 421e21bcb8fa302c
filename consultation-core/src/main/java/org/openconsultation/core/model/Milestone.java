package org.openconsultation.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step on the consultation's public timeline, such as "Publication de la synthèse".
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param label the short label
 * @param description more detail, possibly empty
 * @param date the day it happens or happened
 * @param status planned, in progress or done
 */
public record Milestone(
    ConsultationId consultationId,
    MilestoneId id,
    String label,
    String description,
    LocalDate date,
    MilestoneStatus status) {

  /** Checks that no component is null. */
  public Milestone {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
  }
}
