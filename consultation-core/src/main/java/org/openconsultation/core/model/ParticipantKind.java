package org.openconsultation.core.model;

/**
 * What kind of participant registered. Anything but {@link #PERSON} may contribute institutionally.
 */
public enum ParticipantKind {
  /** A private person. */
  PERSON,
  /** An organisation not covered by the other kinds. */
  ORGANISATION,
  /** A local authority (commune, département, région…). */
  LOCAL_AUTHORITY,
  /** An association. */
  ASSOCIATION,
  /** A company. */
  COMPANY,
  /** A public body or state service. */
  PUBLIC_BODY;

  /** Whether this kind may submit institutional contributions. */
  public boolean isInstitution() {
    return this != PERSON;
  }
}
