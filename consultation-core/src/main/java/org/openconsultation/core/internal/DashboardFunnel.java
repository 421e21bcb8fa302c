package org.openconsultation.core.internal;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Counts the funnel's stages: registrations, distinct authors of the contributions counted, and
 * distinct voters on them. Keeps the ids of the contributions counted, their authors and the
 * voters.
 */
final class DashboardFunnel {

  private DashboardFunnel() {}

  static Funnel count(
      ConsultationStore store,
      Consultation c,
      Set<PublicationStatus> statuses,
      boolean votes,
      long visitors) {
    Set<ContributionId> counted = new HashSet<>();
    Set<ParticipantId> authors = new HashSet<>();
    store
        .contributions()
        .forEach(
            c.id(),
            ContributionFilter.all().withStatuses(statuses),
            x -> {
              counted.add(x.id());
              authors.add(x.author());
            });
    @Nullable Long voted = null;
    if (votes) {
      Set<ParticipantId> voters = new HashSet<>();
      store
          .ballots()
          .forEachBallot(
              c.id(),
              b -> {
                if (counted.contains(b.contributionId())) {
                  voters.add(b.participant());
                }
              });
      voted = (long) voters.size();
    }
    return Funnel.of(c.id(), visitors, store.participants().count(c.id()), authors.size(), voted);
  }
}
