package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.WorkshopId;

/**
 * A workshop as a synthesis presents it within one theme.
 *
 * @param id the workshop
 * @param title its title
 * @param heldAt when it was held, in its place's time zone
 * @param place the venue's name
 * @param territory the venue's territory code
 * @param attendeeCount how many people attended
 * @param contributions its published collective contributions on this theme, by reference
 */
public record WorkshopSummary(
    WorkshopId id,
    String title,
    ZonedDateTime heldAt,
    String place,
    String territory,
    int attendeeCount,
    List<Reference> contributions) {

  /** Checks that no component is null and copies the references. */
  public WorkshopSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heldAt, "heldAt");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(territory, "territory");
    contributions = List.copyOf(contributions);
  }
}
