package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.Consultations;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.Phase;

/** Consultations and their lifecycle. */
final class ConsultationService implements Consultations {

  /** Whom messages address when no actor is given (public reads). */
  private static final Actor ANYONE = Actor.visitor();

  private final EngineContext context;
  private final Guard guard;

  ConsultationService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public Consultation create(Actor actor, CreateConsultation command) {
    return context.command(
        actor,
        command,
        events -> {
          guard.allow(actor, Action.CREATE_CONSULTATION, null, null);
          checkRule(actor, command.settings());
          Instant now = context.now();
          Consultation c =
              new Consultation(
                  new ConsultationId(context.ids().next()),
                  command.slug(),
                  command.title(),
                  command.description(),
                  Guard.signedIn(actor),
                  command.locale(),
                  command.schedule(),
                  command.settings(),
                  Lifecycle.draft(),
                  command.termsVersion(),
                  now,
                  1);
          context.store().consultations().insert(c);
          events.add(
              new DomainEvent.ConsultationCreated(c.id(), actor.participant(), now, c.slug()));
          return c;
        });
  }

  @Override
  public Consultation get(Actor actor, ConsultationId id) {
    Objects.requireNonNull(id, "id");
    return context.read(actor, () -> guard.consultation(actor, id));
  }

  @Override
  public Consultation getBySlug(Actor actor, String slug) {
    Objects.requireNonNull(slug, "slug");
    return context.read(
        actor,
        () -> {
          Consultation c =
              context
                  .store()
                  .consultations()
                  .findBySlug(slug)
                  .orElseThrow(() -> Guard.notFound(actor, "consultation", slug));
          return guard.consultation(actor, c.id());
        });
  }

  @Override
  public List<Consultation> list(Actor actor) {
    return context.read(
        actor,
        () ->
            context.store().consultations().list().stream()
                .filter(
                    c ->
                        c.phaseAt(context.now()) != Phase.DRAFT
                            || guard.may(actor, Action.READ_UNPUBLISHED, c.id(), c.organiser()))
                .toList());
  }

  @Override
  public Phase phase(ConsultationId id) {
    Objects.requireNonNull(id, "id");
    Consultation c =
        context
            .store()
            .consultations()
            .find(id)
            .orElseThrow(() -> Guard.notFound(ANYONE, "consultation", id));
    return c.phaseAt(context.now());
  }

  @Override
  public Consultation publish(Actor actor, ConsultationId id) {
    return lifecycle(
        actor,
        id,
        EnumSet.of(Phase.DRAFT),
        (c, now) -> c.lifecycle().published(now),
        (c, now) -> new DomainEvent.ConsultationPublished(c.id(), actor.participant(), now));
  }

  @Override
  public Consultation closeEarly(Actor actor, CloseEarly command) {
    return context.command(
        actor,
        command,
        events ->
            transition(
                actor,
                command.consultation(),
                EnumSet.of(Phase.SCHEDULED, Phase.OPEN),
                (c, now) -> c.lifecycle().closedEarly(now, command.reason()),
                (c, now) ->
                    new DomainEvent.ConsultationClosedEarly(
                        c.id(), actor.participant(), now, command.reason()),
                events));
  }

  @Override
  public Consultation extend(Actor actor, ExtendConsultation command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.MANAGE_LIFECYCLE, c.id(), null);
          guard.phase(actor, c, EnumSet.of(Phase.SCHEDULED, Phase.OPEN));
          Instant previous = c.schedule().closesAt();
          if (!command.closesAt().isAfter(previous)) {
            throw Guard.invalid(actor, "lifecycle.extension", "closesAt");
          }
          Consultation next = c.withSchedule(c.schedule().extendedTo(command.closesAt()));
          context.store().consultations().update(next);
          events.add(
              new DomainEvent.ConsultationExtended(
                  c.id(), actor.participant(), context.now(), previous, command.closesAt()));
          return next;
        });
  }

  @Override
  public Consultation publishResults(Actor actor, ConsultationId id) {
    return lifecycle(
        actor,
        id,
        EnumSet.of(Phase.CLOSED),
        (c, now) -> c.lifecycle().resultsPublished(now),
        (c, now) -> new DomainEvent.ResultsPublished(c.id(), actor.participant(), now));
  }

  @Override
  public Consultation archive(Actor actor, ConsultationId id) {
    return lifecycle(
        actor,
        id,
        EnumSet.of(Phase.CLOSED, Phase.RESULTS_PUBLISHED),
        (c, now) -> c.lifecycle().archived(now),
        (c, now) -> new DomainEvent.ConsultationArchived(c.id(), actor.participant(), now));
  }

  @Override
  public Consultation updateSettings(Actor actor, UpdateSettings command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.UPDATE_SETTINGS, c.id(), null);
          Phase phase = guard.phase(actor, c, EnumSet.of(Phase.DRAFT, Phase.SCHEDULED, Phase.OPEN));
          ConsultationSettings next = command.settings();
          boolean scaleChanged =
              next.voteMode() != c.settings().voteMode()
                  || next.gradeCount() != c.settings().gradeCount();
          if (scaleChanged && phase == Phase.OPEN) {
            throw Guard.invalid(actor, "settings.vote-mode", "settings.voteMode");
          }
          checkRule(actor, next);
          Consultation updated = c.withSettings(next);
          context.store().consultations().update(updated);
          events.add(
              new DomainEvent.SettingsChanged(c.id(), actor.participant(), context.now(), next));
          return updated;
        });
  }

  private void checkRule(Actor actor, ConsultationSettings settings) {
    if (context.rules().find(settings.defaultRankingRule()).isEmpty()) {
      throw Guard.invalid(
          actor, "settings.rule", "settings.defaultRankingRule", settings.defaultRankingRule());
    }
  }

  private Consultation lifecycle(
      Actor actor,
      ConsultationId id,
      EnumSet<Phase> allowed,
      Step<Lifecycle> change,
      Step<DomainEvent> event) {
    Objects.requireNonNull(id, "id");
    return context.command(
        actor,
        new LifecycleCommand(id),
        events -> transition(actor, id, allowed, change, event, events));
  }

  private Consultation transition(
      Actor actor,
      ConsultationId id,
      EnumSet<Phase> allowed,
      Step<Lifecycle> change,
      Step<DomainEvent> event,
      List<DomainEvent> events) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, Action.MANAGE_LIFECYCLE, c.id(), null);
    guard.phase(actor, c, allowed);
    Instant now = context.now();
    Consultation next = c.withLifecycle(change.apply(c, now));
    context.store().consultations().update(next);
    events.add(event.apply(next, now));
    return next;
  }

  /** One lifecycle step: computes a value from the consultation and the time. */
  @FunctionalInterface
  private interface Step<T> {
    T apply(Consultation consultation, Instant now);
  }

  /** The command validated for lifecycle actions that take only the consultation's id. */
  private record LifecycleCommand(
      @jakarta.validation.constraints.NotNull ConsultationId consultation) {}
}
