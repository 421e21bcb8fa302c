package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;

/**
 * Adds a theme after the existing ones.
 *
 * @param consultation the consultation
 * @param title the title
 * @param description what it covers (may be empty)
 */
public record AddTheme(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 5_000) String description) {}
