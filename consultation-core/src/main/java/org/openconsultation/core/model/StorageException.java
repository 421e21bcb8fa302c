package org.openconsultation.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The store failed. Unless {@link #outcomeUnknown()} is true, the command had no effect and may be
 * retried.
 */
public final class StorageException extends ConsultationException {

  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /**
   * Creates the exception; {@code outcomeUnknown} is true when a commit may or may not have
   * happened.
   */
  public StorageException(String message, @Nullable Throwable cause, boolean outcomeUnknown) {
    super(outcomeUnknown ? "storage.outcome-unknown" : "storage.failure", message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Whether the store cannot tell if the command took effect. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
