package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ThemeId;

/**
 * Renames and moves a theme; the other themes shift to keep positions 0, 1, 2…
 *
 * @param consultation the consultation
 * @param theme the theme
 * @param title the new title
 * @param description the new description
 * @param position the new position (past the end means last)
 */
public record UpdateTheme(
    @NotNull ConsultationId consultation,
    @NotNull ThemeId theme,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 5_000) String description,
    @PositiveOrZero int position) {}
