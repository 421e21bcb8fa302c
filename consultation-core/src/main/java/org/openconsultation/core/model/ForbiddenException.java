package org.openconsultation.core.model;

/** The actor is not allowed to perform the command (see the authorisation policy). */
public final class ForbiddenException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its machine-readable code and a human message. */
  public ForbiddenException(String code, String message) {
    super(code, message, null);
  }
}
