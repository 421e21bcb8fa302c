/**
 * The front door: {@link org.openconsultation.core.ConsultationEngine}, built once by the host and
 * shared, and its feature areas ({@code consultations()}, {@code contributions()}, {@code
 * votes()}…). Every method takes the {@link org.openconsultation.core.model.Actor} performing it,
 * checks the command, the consultation's phase and the authorisation policy, and either changes the
 * store completely or not at all.
 */
@NullMarked
package org.openconsultation.core;

import org.jspecify.annotations.NullMarked;
