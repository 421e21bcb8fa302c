package org.openconsultation.core.auth;

/** Every command and protected read the engine performs; the policy decides on each. */
public enum Action {
  /** Create a consultation. */
  CREATE_CONSULTATION,
  /** Change a consultation's settings. */
  UPDATE_SETTINGS,
  /** Publish a draft, close early, extend, publish results, archive. */
  MANAGE_LIFECYCLE,
  /** Add, rename and reorder themes. */
  MANAGE_THEMES,
  /** Publish news briefs. */
  PUBLISH_NEWS,
  /** Add and update timeline milestones. */
  MANAGE_MILESTONES,
  /** Register in a consultation, update one's profile. */
  REGISTER,
  /** Submit an individual contribution. */
  SUBMIT_CONTRIBUTION,
  /** Submit an institutional contribution (the participant's kind is checked too). */
  SUBMIT_INSTITUTIONAL_CONTRIBUTION,
  /** Submit a contribution on behalf of a person who is not online. */
  SUBMIT_ASSISTED_CONTRIBUTION,
  /** Submit a workshop's collective contribution (running the workshop is checked too). */
  SUBMIT_COLLECTIVE_CONTRIBUTION,
  /** Edit or withdraw a contribution: its author only. */
  EDIT_OWN_CONTRIBUTION,
  /** Record and update workshops. */
  MANAGE_WORKSHOPS,
  /** Comment on a contribution. */
  COMMENT,
  /** Cast, change or retract a ballot. */
  VOTE,
  /** Report content to moderators. */
  FLAG,
  /** Approve, hide and restore content; read the moderation queue and reports. */
  MODERATE,
  /** Read tallies and rankings while they are hidden from the public. */
  READ_HIDDEN_RESULTS,
  /** Read draft consultations and content that is not published. */
  READ_UNPUBLISHED,
  /**
   * Export with participant identifiers as stored instead of pseudonyms, and load a consultation's
   * content back from one of its own exports (a backup, a restore or a move between hosts), keeping
   * ids and references.
   */
  MANAGE_DATA
}
