package org.openconsultation.core.model;

/** Who a contribution speaks for. */
public enum ContributionKind {
  /** One person, possibly helped by a facilitator (an assisted contribution). */
  INDIVIDUAL,
  /** A workshop's participants, submitted by its facilitator. */
  COLLECTIVE,
  /** An organisation: local authority, association, company, public body. */
  INSTITUTIONAL
}
