package org.openconsultation.examples.portal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * What a seed leaves behind: the consultation the portal shows, the people its demo sign-in offers,
 * and the demo moment the live clock starts from.
 *
 * @param consultation the consultation's id
 * @param slug the consultation's slug, the first part of its permalinks
 * @param people the demo people, in the order the sign-in page lists them
 * @param liveFrom the demo moment the portal's clock shows when it starts serving; the consultation
 *     must be open then
 */
public record SeededConsultation(
    ConsultationId consultation, String slug, List<DemoPerson> people, Instant liveFrom) {

  /** Checks the values and copies the people. */
  public SeededConsultation {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(liveFrom, "liveFrom");
    people = List.copyOf(people);
  }

  /** The demo person with this id. */
  public Optional<DemoPerson> person(ParticipantId id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
