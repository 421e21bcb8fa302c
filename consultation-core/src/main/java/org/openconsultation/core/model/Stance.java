package org.openconsultation.core.model;

/** The position a comment takes on the contribution it discusses. */
public enum Stance {
  /** Agrees. */
  AGREE,
  /** Neither agrees nor disagrees. */
  NEUTRAL,
  /** Disagrees. */
  DISAGREE
}
