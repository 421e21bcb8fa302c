package org.openconsultation.core.model;

/**
 * Where a consultation stands. Derived from its {@link Schedule}, the engine clock and the
 * organiser's actions (see {@link Consultation#phaseAt(java.time.Instant)}).
 */
public enum Phase {
  /** Being prepared; visible to organisers and moderators only. */
  DRAFT,
  /** Published, before its opening time: people may register. */
  SCHEDULED,
  /** Open: contributions, comments and votes are accepted. */
  OPEN,
  /** Past its closing time, or closed early by the organiser. */
  CLOSED,
  /** Closed, with results published by the organiser. */
  RESULTS_PUBLISHED,
  /** Archived: read-only. */
  ARCHIVED
}
