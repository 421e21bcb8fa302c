package org.openconsultation.core.model;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A physical workshop ("atelier") whose results are submitted online as collective contributions.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param title the title
 * @param description what happened there, possibly empty
 * @param heldAt when it was held, in the place's time zone
 * @param place where it was held
 * @param organiser who organised it (a participant id)
 * @param facilitators the facilitators who may submit its collective contributions
 * @param attendeeCount how many people attended
 * @param themes the themes it worked on
 * @param createdAt when it was recorded
 */
public record Workshop(
    ConsultationId consultationId,
    WorkshopId id,
    String title,
    String description,
    ZonedDateTime heldAt,
    Place place,
    ParticipantId organiser,
    Set<ParticipantId> facilitators,
    int attendeeCount,
    List<ThemeId> themes,
    Instant createdAt) {

  /** Checks that no component is null and copies the collections. */
  public Workshop {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(heldAt, "heldAt");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(createdAt, "createdAt");
    facilitators = Set.copyOf(facilitators);
    themes = List.copyOf(themes);
    Checks.require(attendeeCount >= 0, "min", "attendeeCount", "must not be negative");
  }

  /** Whether {@code participant} organises or facilitates this workshop. */
  public boolean isRunBy(ParticipantId participant) {
    return organiser.equals(participant) || facilitators.contains(participant);
  }
}
