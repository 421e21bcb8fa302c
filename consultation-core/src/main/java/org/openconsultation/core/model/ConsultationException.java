package org.openconsultation.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every failure the library reports. Unchecked; the subtypes are chosen by what a
 * caller can do about the failure, and each carries a machine-readable {@link #code()}.
 *
 * <ul>
 *   <li>{@link NotFoundException}: the thing does not exist (or is not visible to the caller);
 *   <li>{@link ForbiddenException}: the actor may not do this;
 *   <li>{@link InvalidInputException}: the input breaks a rule, see its violations;
 *   <li>{@link PhaseException}: not possible in the consultation's current phase;
 *   <li>{@link ConflictException}: clashes with the current state (duplicate, concurrent change);
 *   <li>{@link LimitReachedException}: a configured limit is reached;
 *   <li>{@link StorageException}: the store failed; the command had no effect unless it says so.
 * </ul>
 */
public abstract sealed class ConsultationException extends RuntimeException
    permits NotFoundException,
        ForbiddenException,
        InvalidInputException,
        PhaseException,
        ConflictException,
        LimitReachedException,
        StorageException {

  private static final long serialVersionUID = 1L;

  private final String code;

  ConsultationException(String code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** A stable machine-readable code, for example {@code "contribution.not-found"}. */
  public String code() {
    return code;
  }
}
