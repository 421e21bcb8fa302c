/**
 * Authorisation: the {@link org.openconsultation.core.auth.Action}s the engine performs, the {@link
 * org.openconsultation.core.auth.AuthorizationPolicy} it consults before every one, and the default
 * role-based policy documented in {@code docs/authorization.md}.
 */
@NullMarked
package org.openconsultation.core.auth;

import org.jspecify.annotations.NullMarked;
