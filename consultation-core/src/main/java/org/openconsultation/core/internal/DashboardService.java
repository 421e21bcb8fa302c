package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.Dashboard;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Computes the dashboard figures in one read transaction each, by streaming the store; the result
 * depends only on the store's content, the reader's permissions and the clock.
 */
final class DashboardService implements Dashboard {

  private final EngineContext context;
  private final Guard guard;
  private final Results results;
  private final DashboardTop top;

  DashboardService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
    this.top = new DashboardTop(context, guard, results);
  }

  @Override
  public DashboardFigures figures(Actor actor, ConsultationId consultation, DashboardQuery query) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(query, "query");
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          Instant now = context.now();
          Set<PublicationStatus> statuses = statuses(actor, c);
          boolean votes = results.visible(actor, c);
          ConsultationStore store = context.store();
          DashboardTally tally = new DashboardTally(c.schedule().zone(), votes);
          store
              .contributions()
              .forEach(
                  c.id(), ContributionFilter.all().withStatuses(statuses), tally::contribution);
          store.comments().forEach(c.id(), statuses, tally::comment);
          if (votes) {
            store.ballots().forEachBallot(c.id(), tally::ballot);
            store.ballots().forEachTally(c.id(), tally::tally);
          }
          store.participants().forEach(c.id(), tally::participant);
          return new DashboardFigures(
              c.id(),
              now,
              c.schedule().zone(),
              statuses,
              votes,
              tally.days().series(c, now, votes),
              tally.themes(store.themes().list(c.id())),
              tally.kinds(),
              tally.territories(query.suppressBelow()),
              DashboardWorkshops.of(store.workshops().list(c.id())));
        });
  }

  @Override
  public Funnel funnel(Actor actor, ConsultationId consultation, long visitors) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(actor, "actor");
    if (visitors < 0) {
      throw DashboardMessages.invalid(actor.locale(), "dashboard.visitors", "visitors", visitors);
    }
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          return DashboardFunnel.count(
              context.store(), c, statuses(actor, c), results.visible(actor, c), visitors);
        });
  }

  @Override
  public List<TopContributions> top(
      Actor actor, ConsultationId consultation, List<String> rules, int count) {
    Objects.requireNonNull(consultation, "consultation");
    List<String> names = List.copyOf(rules);
    return context.read(
        actor, () -> top.top(actor, guard.consultation(actor, consultation), names, count));
  }

  /** Published content only, unless the actor may read unpublished content. */
  private Set<PublicationStatus> statuses(Actor actor, Consultation c) {
    return guard.may(actor, Action.READ_UNPUBLISHED, c.id(), c.organiser())
        ? EnumSet.allOf(PublicationStatus.class)
        : EnumSet.of(PublicationStatus.PUBLISHED);
  }
}
