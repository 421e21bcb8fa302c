package org.openconsultation.core.model;

/** A configured limit is reached, such as the number of supports per participant. */
public final class LimitReachedException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its machine-readable code and a human message. */
  public LimitReachedException(String code, String message) {
    super(code, message, null);
  }
}
