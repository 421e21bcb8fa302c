package org.openconsultation.core.command;

import jakarta.validation.constraints.NotNull;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * Replaces a consultation's settings. The vote mode and grade scale can only change before the
 * consultation opens.
 *
 * @param consultation the consultation
 * @param settings the new settings
 */
public record UpdateSettings(
    @NotNull ConsultationId consultation, @NotNull ConsultationSettings settings) {}
