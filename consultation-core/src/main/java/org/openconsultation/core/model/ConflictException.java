package org.openconsultation.core.model;

/** The command clashes with the current state: a duplicate, or a concurrent change. */
public final class ConflictException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its machine-readable code and a human message. */
  public ConflictException(String code, String message) {
    super(code, message, null);
  }
}
