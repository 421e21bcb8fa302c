package org.openconsultation.core.command;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.openconsultation.core.model.ConsultationId;

/**
 * Moves the closing time of a scheduled or open consultation later.
 *
 * @param consultation the consultation
 * @param closesAt the new closing time, after the current one
 */
public record ExtendConsultation(@NotNull ConsultationId consultation, @NotNull Instant closesAt) {}
