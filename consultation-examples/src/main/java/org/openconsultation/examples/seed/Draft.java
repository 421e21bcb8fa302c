package org.openconsultation.examples.seed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.GeoPoint;

/**
 * A contribution to submit.
 *
 * @param at when it is submitted
 * @param author who submits it: the person, the organisation, or the facilitator
 * @param theme its theme
 * @param title its title, unique in the seed
 * @param body its text
 * @param origin its kind and provenance
 * @param appeal how much it draws supports and comments, relative to the others (0 for none)
 */
record Draft(
    Instant at,
    DemoPerson author,
    DemoTheme theme,
    String title,
    String body,
    Origin origin,
    double appeal)
    implements Content {

  /** Where a contribution comes from. */
  sealed interface Origin {}

  /** Written online by its author. */
  record Online() implements Origin {}

  /** Typed in by a facilitator for someone not online. */
  record Assisted(String onBehalfOf, @Nullable String territory) implements Origin {}

  /** The minutes of a workshop, for all its attendees or for a group of them. */
  record Workshop(Site site, @Nullable Integer attendees) implements Origin {}

  /** A position paper, placed at the organisation's city. */
  record Institutional(GeoPoint point) implements Origin {}
}
