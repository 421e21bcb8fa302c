/**
 * The engine's implementation: the feature services, validation, authorisation and phase checks,
 * and event delivery. Not API: nothing here is supported for use by hosts.
 */
@NullMarked
package org.openconsultation.core.internal;

import org.jspecify.annotations.NullMarked;
