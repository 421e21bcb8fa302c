package org.openconsultation.core.model;

/** Whether a contribution or comment is shown to the public. */
public enum PublicationStatus {
  /** Waiting for a moderator (pre-moderation). */
  PENDING,
  /** Shown. */
  PUBLISHED,
  /** Hidden by a moderator or by automatic hiding after reports. */
  HIDDEN,
  /** Withdrawn by its author (contributions only). */
  WITHDRAWN
}
