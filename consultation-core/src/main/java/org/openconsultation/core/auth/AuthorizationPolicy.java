package org.openconsultation.core.auth;

/**
 * Decides whether an actor may perform an action. The engine consults it before every command and
 * every protected read; a refusal becomes a {@link
 * org.openconsultation.core.model.ForbiddenException} and nothing changes.
 *
 * <p>The default is {@link RolePolicy#standard()}. A host replaces it with its own (for example to
 * let organisers of one consultation only manage that consultation) through the engine builder.
 * Implementations must be thread-safe and must not call back into the engine.
 */
@FunctionalInterface
public interface AuthorizationPolicy {

  /** Whether the request is allowed. */
  boolean permits(AccessRequest request);
}
