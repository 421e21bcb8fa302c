package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ThemeId;

/**
 * Submits an individual contribution that a facilitator typed in for a person who is not online (at
 * a digital-inclusion desk, for example). The facilitator is the author of record; the contribution
 * is marked as assisted and names the person as they agreed.
 *
 * @param consultation the consultation
 * @param theme the theme
 * @param title the title
 * @param body the person's words
 * @param onBehalfOf the person's name as they agreed to have it shown
 * @param territory the person's territory code, or null
 * @param location where it applies, or null
 */
public record SubmitAssistedContribution(
    @NotNull ConsultationId consultation,
    @NotNull ThemeId theme,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 10_000) String body,
    @NotBlank @Size(max = 200) String onBehalfOf,
    @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,12}", message = "{openconsultation.territory}")
        String territory,
    @Nullable GeoPoint location) {}
