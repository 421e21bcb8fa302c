package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantKind;

/**
 * Registers the acting participant in a consultation, with their consent to its terms.
 *
 * @param consultation the consultation
 * @param displayName the public name
 * @param kind person, organisation…
 * @param territory a territory code such as {@code 75} or {@code 974}, or null
 * @param acceptedTermsVersion the version of the terms the participant accepted; must be the
 *     consultation's current version
 */
public record Register(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 100) String displayName,
    @NotNull ParticipantKind kind,
    @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,12}", message = "{openconsultation.territory}")
        String territory,
    @NotBlank @Size(max = 50) String acceptedTermsVersion) {}
