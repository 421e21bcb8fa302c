package org.openconsultation.core.model;

/** The requested thing does not exist, or is not visible to the actor. */
public final class NotFoundException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its machine-readable code and a human message. */
  public NotFoundException(String code, String message) {
    super(code, message, null);
  }
}
