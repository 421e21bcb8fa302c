package org.openconsultation.examples.portal.web;

import java.util.HashMap;
import java.util.Map;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.WorkshopId;

/** Public names of authors and workshops, each read once per request. */
final class Names {

  private final Visit visit;
  private final Map<ParticipantId, String> people = new HashMap<>();
  private final Map<WorkshopId, String> workshops = new HashMap<>();

  Names(Visit visit) {
    this.visit = visit;
  }

  /** A participant's display name; a neutral word for one the actor may not read. */
  String person(ParticipantId id) {
    return people.computeIfAbsent(
        id,
        key -> {
          try {
            return visit
                .engine()
                .participants()
                .get(visit.actor(), visit.consultation().id(), key)
                .displayName();
          } catch (ConsultationException e) {
            return visit.texts().get("author.unknown");
          }
        });
  }

  /** A workshop's title. */
  String workshop(WorkshopId id) {
    return workshops.computeIfAbsent(
        id,
        key ->
            visit.engine().workshops().get(visit.actor(), visit.consultation().id(), key).title());
  }

  /** Who a contribution is from, as the page shows it: a workshop, an organisation, a person. */
  String author(Contribution c) {
    Provenance p = c.provenance();
    if (p instanceof Provenance.Collective collective) {
      return visit.texts().get("author.workshop", workshop(collective.workshop()));
    } else if (p instanceof Provenance.Institutional institutional) {
      return institutional.organisation();
    } else if (p instanceof Provenance.Individual individual && individual.assisted()) {
      return visit
          .texts()
          .get("author.assisted", individual.assistance().onBehalfOf(), person(c.author()));
    }
    return person(c.author());
  }
}
