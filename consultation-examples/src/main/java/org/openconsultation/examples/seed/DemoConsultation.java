package org.openconsultation.examples.seed;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ThemeId;

/**
 * What {@link DemoSeed} made: enough for a host to link to the consultation and to offer a demo
 * sign-in as each kind of person.
 *
 * @param id the consultation
 * @param slug its slug, for URLs
 * @param title its title
 * @param themes its themes' ids by title, in the order the organiser added them
 * @param organiser the organiser ("Mission Numérique Solidaire"), not registered as a participant
 * @param moderators the three moderators, not registered as participants
 * @param facilitators the eighteen facilitators, registered, each with the facilitator and
 *     participant roles
 * @param participants named participants a demo sign-in can offer: seven persons, an association, a
 *     local authority and a company, all registered and active
 * @param territories the names of the territory codes that participants, workshops and
 *     contributions carry: French régions by INSEE code, and 987, 988 for Polynésie française and
 *     Nouvelle-Calédonie
 * @param hiddenContribution the advertisement that participants reported and a moderator hid
 * @param editedContribution the contribution its author edited twice (three revisions)
 * @param closedAt when the organiser closed the consultation, before its scheduled end; for a story
 *     that stopped before the close ({@link DemoSeed.Ending#OPEN}), when the organiser announced it
 *     would close
 * @param closeReason the reason given (or, before the close, announced) for the early close
 */
public record DemoConsultation(
    ConsultationId id,
    String slug,
    String title,
    Map<String, ThemeId> themes,
    DemoPerson organiser,
    List<DemoPerson> moderators,
    List<DemoPerson> facilitators,
    List<DemoPerson> participants,
    Map<String, String> territories,
    ContributionId hiddenContribution,
    ContributionId editedContribution,
    Instant closedAt,
    String closeReason) {

  /** Checks that nothing is missing and copies the collections, keeping their order. */
  public DemoConsultation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    themes = Collections.unmodifiableMap(new LinkedHashMap<>(themes));
    Objects.requireNonNull(organiser, "organiser");
    moderators = List.copyOf(moderators);
    facilitators = List.copyOf(facilitators);
    participants = List.copyOf(participants);
    territories = Collections.unmodifiableMap(new LinkedHashMap<>(territories));
    Objects.requireNonNull(hiddenContribution, "hiddenContribution");
    Objects.requireNonNull(editedContribution, "editedContribution");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(closeReason, "closeReason");
  }
}
