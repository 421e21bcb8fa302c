package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.Contributions;
import org.openconsultation.core.ResolvedReference;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.RevisionReference;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ContributionFilter;

/** Contributions of the three kinds, their revisions and references. */
final class ContributionService implements Contributions {

  private static final EnumSet<PublicationStatus> CHANGEABLE =
      EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.PENDING);

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;

  ContributionService(EngineContext context, Guard guard, Visibility visibility) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
  }

  @Override
  public Contribution submit(Actor actor, SubmitContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Draft d = open(actor, command.consultation(), Action.SUBMIT_CONTRIBUTION, null);
          return d.insert(
              command.theme(),
              command.title(),
              command.body(),
              command.location(),
              Provenance.individual(),
              d.participant.territory(),
              events);
        });
  }

  @Override
  public Contribution submitInstitutional(Actor actor, SubmitInstitutionalContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Draft d =
              open(
                  actor,
                  command.consultation(),
                  Action.SUBMIT_INSTITUTIONAL_CONTRIBUTION,
                  Feature.INSTITUTIONAL_CONTRIBUTIONS);
          if (!d.participant.kind().isInstitution()) {
            throw new ForbiddenException(
                "participant.not-institution",
                Messages.get(actor.locale(), "participant.not-institution"));
          }
          return d.insert(
              command.theme(),
              command.title(),
              command.body(),
              command.location(),
              new Provenance.Institutional(command.organisation()),
              d.participant.territory(),
              events);
        });
  }

  @Override
  public Contribution submitAssisted(Actor actor, SubmitAssistedContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Draft d =
              open(
                  actor,
                  command.consultation(),
                  Action.SUBMIT_ASSISTED_CONTRIBUTION,
                  Feature.ASSISTED_CONTRIBUTIONS);
          Provenance assisted =
              new Provenance.Individual(new Provenance.Assistance(command.onBehalfOf()));
          return d.insert(
              command.theme(),
              command.title(),
              command.body(),
              command.location(),
              assisted,
              command.territory(),
              events);
        });
  }

  @Override
  public Contribution submitCollective(Actor actor, SubmitCollectiveContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Draft d =
              open(
                  actor,
                  command.consultation(),
                  Action.SUBMIT_COLLECTIVE_CONTRIBUTION,
                  Feature.WORKSHOPS);
          Workshop w =
              context
                  .store()
                  .workshops()
                  .find(d.consultation.id(), command.workshop())
                  .orElseThrow(() -> Guard.notFound(actor, "workshop", command.workshop()));
          WorkshopService.requireRunner(guard, actor, w);
          int attendees =
              command.attendeeCount() != null ? command.attendeeCount() : w.attendeeCount();
          if (attendees < 1 || (w.attendeeCount() > 0 && attendees > w.attendeeCount())) {
            throw Guard.invalid(
                actor, "workshop.attendees", "attendeeCount", attendees, w.attendeeCount());
          }
          return d.insert(
              command.theme(),
              command.title(),
              command.body(),
              w.place().point(),
              new Provenance.Collective(w.id(), attendees),
              w.place().territory(),
              events);
        });
  }

  @Override
  public Contribution edit(Actor actor, EditContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Contribution current = changeable(actor, command.consultation(), command.contribution());
          Instant now = context.now();
          Contribution next = current.revised(command.title(), command.body(), now);
          Revision revision =
              new Revision(
                  current.consultationId(),
                  current.id(),
                  next.revision(),
                  next.title(),
                  next.body(),
                  Guard.signedIn(actor),
                  command.note(),
                  now);
          context.store().contributions().revise(next, revision);
          events.add(
              new DomainEvent.ContributionRevised(
                  current.consultationId(),
                  actor.participant(),
                  now,
                  current.id(),
                  next.revision()));
          return next;
        });
  }

  @Override
  public Contribution withdraw(Actor actor, WithdrawContribution command) {
    return context.command(
        actor,
        command,
        events -> {
          Contribution current = changeable(actor, command.consultation(), command.contribution());
          Instant now = context.now();
          Contribution next = current.withStatus(PublicationStatus.WITHDRAWN, now);
          context.store().contributions().update(next);
          events.add(
              new DomainEvent.ContributionWithdrawn(
                  current.consultationId(), actor.participant(), now, current.id()));
          return next;
        });
  }

  @Override
  public Contribution get(Actor actor, ConsultationId consultation, ContributionId id) {
    Objects.requireNonNull(id, "id");
    return context.read(actor, () -> visible(actor, consultation, id));
  }

  @Override
  public ResolvedReference resolve(Actor actor, ConsultationId consultation, String reference) {
    Objects.requireNonNull(reference, "reference");
    Reference ref;
    int wanted;
    try {
      if (reference.contains(".")) {
        RevisionReference r = RevisionReference.parse(reference);
        ref = r.contribution();
        wanted = r.revision();
      } else {
        ref = Reference.parse(reference);
        wanted = 0;
      }
    } catch (InvalidInputException e) {
      throw Guard.invalid(actor, "reference.format", "reference");
    }
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          Contribution found =
              context
                  .store()
                  .contributions()
                  .findByReference(c.id(), ref)
                  .filter(x -> visibility.sees(actor, c, x))
                  .orElseThrow(() -> Guard.notFound(actor, "contribution", ref));
          int number = wanted == 0 ? found.revision() : wanted;
          Revision revision =
              context.store().contributions().revisions(c.id(), found.id()).stream()
                  .filter(r -> r.number() == number)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new NotFoundException(
                              "revision.not-found",
                              Messages.get(actor.locale(), "not-found.revision", ref, number)));
          return new ResolvedReference(found, revision);
        });
  }

  @Override
  public List<Revision> revisions(Actor actor, ConsultationId consultation, ContributionId id) {
    Objects.requireNonNull(id, "id");
    return context.read(
        actor,
        () -> {
          visible(actor, consultation, id);
          return context.store().contributions().revisions(consultation, id);
        });
  }

  @Override
  public List<Contribution> list(
      Actor actor, ConsultationId consultation, ContributionFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          return context.store().contributions().list(c.id(), filter).stream()
              .filter(x -> visibility.sees(actor, c, x))
              .toList();
        });
  }

  private Contribution visible(Actor actor, ConsultationId consultation, ContributionId id) {
    Consultation c = guard.consultation(actor, consultation);
    return visibility.contribution(actor, c, id);
  }

  private Contribution changeable(Actor actor, ConsultationId consultation, ContributionId id) {
    Consultation c = guard.consultation(actor, consultation);
    Contribution current = visible(actor, consultation, id);
    guard.allow(actor, Action.EDIT_OWN_CONTRIBUTION, c.id(), current.author());
    guard.phase(actor, c, Guard.OPEN);
    if (!CHANGEABLE.contains(current.status())) {
      throw Guard.invalid(actor, "contribution.not-editable", "contribution");
    }
    return current;
  }

  private Draft open(Actor actor, ConsultationId id, Action action, @Nullable Feature feature) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, action, c.id(), null);
    guard.phase(actor, c, Guard.OPEN);
    if (feature != null) {
      guard.feature(actor, c, feature);
    }
    return new Draft(actor, c, guard.registered(actor, c.id()));
  }

  /** A submission being prepared: the checks are done, the contribution is about to be written. */
  private final class Draft {
    private final Actor actor;
    private final Consultation consultation;
    private final Participant participant;

    private Draft(Actor actor, Consultation consultation, Participant participant) {
      this.actor = actor;
      this.consultation = consultation;
      this.participant = participant;
    }

    Contribution insert(
        ThemeId theme,
        String title,
        String body,
        @Nullable GeoPoint location,
        Provenance provenance,
        @Nullable String territory,
        List<DomainEvent> events) {
      ConsultationId cid = consultation.id();
      context
          .store()
          .themes()
          .find(cid, theme)
          .orElseThrow(() -> Guard.invalid(actor, "theme.unknown", "theme", theme));
      if (location != null && !(provenance instanceof Provenance.Collective)) {
        guard.feature(actor, consultation, Feature.GEOLOCATION);
      }
      Instant now = context.now();
      PublicationStatus status =
          consultation.settings().moderationMode() == ModerationMode.PRE
              ? PublicationStatus.PENDING
              : PublicationStatus.PUBLISHED;
      Reference reference = context.store().contributions().nextReference(cid);
      Contribution c =
          new Contribution(
              cid,
              new ContributionId(context.ids().next()),
              reference,
              theme,
              participant.id(),
              provenance,
              title,
              body,
              territory,
              location,
              status,
              1,
              now,
              now);
      Revision first = new Revision(cid, c.id(), 1, title, body, participant.id(), "", now);
      context.store().contributions().insert(c, first);
      events.add(
          new DomainEvent.ContributionSubmitted(
              cid, participant.id(), now, c.id(), reference, c.kind(), status));
      return c;
    }
  }
}
