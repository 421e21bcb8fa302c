package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;

/**
 * Submits a contribution on behalf of an organisation. The acting participant must be registered as
 * an organisation, local authority, association, company or public body.
 *
 * @param consultation the consultation
 * @param theme the theme
 * @param title the title
 * @param body the text
 * @param organisation the organisation's name as it should be shown
 * @param location where it applies (for example the organisation's seat), or null
 */
public record SubmitInstitutionalContribution(
    @NotNull ConsultationId consultation,
    @NotNull ThemeId theme,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 10_000) String body,
    @NotBlank @Size(max = 200) String organisation,
    @Nullable GeoPoint location) {}
