package org.openconsultation.core.model;

/** A feature an organiser can turn on or off per consultation. */
public enum Feature {
  /** Comments on contributions. */
  COMMENTS,
  /** Votes on contributions. */
  VOTES,
  /** Reporting content to moderators. */
  FLAGS,
  /** Workshops and their collective contributions. */
  WORKSHOPS,
  /** Contributions on behalf of an organisation. */
  INSTITUTIONAL_CONTRIBUTIONS,
  /** Contributions a facilitator submits on behalf of a person who is not online. */
  ASSISTED_CONTRIBUTIONS,
  /** Locations on contributions. */
  GEOLOCATION
}
