package org.openconsultation.core.model;

/** The state of a milestone on the public timeline. */
public enum MilestoneStatus {
  /** Still to come. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  DONE
}
