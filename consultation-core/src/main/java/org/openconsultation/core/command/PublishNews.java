package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openconsultation.core.model.ConsultationId;

/**
 * Publishes a news brief on the consultation's homepage.
 *
 * @param consultation the consultation
 * @param title the headline
 * @param body the text
 */
public record PublishNews(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20_000) String body) {}
