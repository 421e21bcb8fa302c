package org.openconsultation.core.model;

/** What a moderation decision does. */
public enum ModerationAction {
  /** Publishes content waiting in the pre-moderation queue. */
  APPROVE,
  /** Hides published content (or refuses queued content). */
  HIDE,
  /** Shows hidden content again. */
  RESTORE
}
