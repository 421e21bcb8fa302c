package org.openconsultation.core.model;

/** When moderation happens. */
public enum ModerationMode {
  /** Pre-moderation: contributions and comments wait in a queue until a moderator approves them. */
  PRE,
  /** Post-moderation: content is published at once; moderators hide it afterwards if needed. */
  POST
}
