/**
 * Domain events: every state change the engine commits is announced, after commit, to the
 * registered {@link org.openconsultation.core.event.DomainEventListener}s.
 */
@NullMarked
package org.openconsultation.core.event;

import org.jspecify.annotations.NullMarked;
