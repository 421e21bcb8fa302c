package org.openconsultation.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ThemeId;

/**
 * Records a workshop. The acting participant becomes its organiser.
 *
 * @param consultation the consultation
 * @param title the title
 * @param description what happened (may be empty)
 * @param heldAt when, in the place's local time
 * @param place where
 * @param attendeeCount how many people attended
 * @param facilitators who may submit its collective contributions
 * @param themes the themes it worked on
 */
public record RecordWorkshop(
    @NotNull ConsultationId consultation,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Size(max = 10_000) String description,
    @NotNull LocalDateTime heldAt,
    @NotNull @Valid WorkshopPlace place,
    @PositiveOrZero int attendeeCount,
    @NotNull @Size(max = 50) Set<@NotNull ParticipantId> facilitators,
    @NotNull @Size(max = 50) List<@NotNull ThemeId> themes) {}
