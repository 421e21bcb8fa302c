package org.openconsultation.core.model;

/** What an actor may do, as decided by the host; the authorisation policy reads these. */
public enum Role {
  /** Anyone, signed in or not: may read what is public. */
  VISITOR,
  /** A signed-in person or organisation: may register, contribute, comment, vote and report. */
  PARTICIPANT,
  /** Runs workshops: submits collective and assisted contributions, manages workshops. */
  FACILITATOR,
  /** Moderates content. */
  MODERATOR,
  /** Runs the consultation: lifecycle, settings, themes, news, timeline. */
  ORGANISER
}
