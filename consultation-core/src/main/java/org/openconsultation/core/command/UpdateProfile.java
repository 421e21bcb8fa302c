package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantKind;

/**
 * Changes the acting participant's profile.
 *
 * @param consultation the consultation
 * @param displayName the public name
 * @param kind person, organisation…
 * @param territory a territory code, or null
 */
public record UpdateProfile(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull ParticipantKind kind,
    @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,12}", message = "{openconsultation.territory}")
        String territory) {}
