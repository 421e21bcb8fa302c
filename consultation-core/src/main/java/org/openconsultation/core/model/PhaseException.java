package org.openconsultation.core.model;

/**
 * The command is not possible in the consultation's current phase (for example a vote after close).
 */
public final class PhaseException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  private final Phase phase;

  /** Creates the exception for a consultation that is in {@code phase}. */
  public PhaseException(String code, Phase phase, String message) {
    super(code, message, null);
    this.phase = phase;
  }

  /** The phase the consultation was in when the command was refused. */
  public Phase phase() {
    return phase;
  }
}
