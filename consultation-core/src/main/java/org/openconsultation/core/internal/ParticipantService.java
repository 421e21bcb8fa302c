package org.openconsultation.core.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openconsultation.core.Participants;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Phase;

/** Registrations, with consent to the consultation's terms. */
final class ParticipantService implements Participants {

  private static final EnumSet<Phase> REGISTRATION = EnumSet.of(Phase.SCHEDULED, Phase.OPEN);

  private final EngineContext context;
  private final Guard guard;

  ParticipantService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public Participant register(Actor actor, Register command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.REGISTER, c.id(), null);
          guard.phase(actor, c, REGISTRATION);
          ParticipantId id = Guard.signedIn(actor);
          if (!c.termsVersion().equals(command.acceptedTermsVersion())) {
            throw Guard.invalid(
                actor, "participant.terms", "acceptedTermsVersion", c.termsVersion());
          }
          if (context.store().participants().find(c.id(), id).isPresent()) {
            throw new ConflictException(
                "participant.already-registered",
                Messages.get(actor.locale(), "participant.already-registered"));
          }
          Participant p =
              new Participant(
                  c.id(),
                  id,
                  command.displayName(),
                  command.kind(),
                  command.territory(),
                  c.termsVersion(),
                  context.now());
          context.store().participants().insert(p);
          events.add(new DomainEvent.ParticipantRegistered(c.id(), id, p.registeredAt()));
          return p;
        });
  }

  @Override
  public Participant updateProfile(Actor actor, UpdateProfile command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.REGISTER, c.id(), null);
          guard.phase(actor, c, Guard.NOT_ARCHIVED);
          Participant current = guard.registered(actor, c.id());
          Participant next =
              current.withProfile(command.displayName(), command.kind(), command.territory());
          context.store().participants().update(next);
          events.add(new DomainEvent.ProfileUpdated(c.id(), current.id(), context.now()));
          return next;
        });
  }

  @Override
  public Participant get(Actor actor, ConsultationId consultation, ParticipantId id) {
    Objects.requireNonNull(id, "id");
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context
              .store()
              .participants()
              .find(consultation, id)
              .orElseThrow(() -> Guard.notFound(actor, "participant", id));
        });
  }

  @Override
  public long count(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().participants().count(consultation);
        });
  }

  @Override
  public SortedMap<LocalDate, Long> registrationsPerDay(Actor actor, ConsultationId consultation) {
    Consultation c = context.read(actor, () -> guard.consultation(actor, consultation));
    SortedMap<LocalDate, Long> perDay = new TreeMap<>();
    context
        .store()
        .participants()
        .forEach(
            consultation,
            p ->
                perDay.merge(
                    p.registeredAt().atZone(c.schedule().zone()).toLocalDate(), 1L, Long::sum));
    return perDay;
  }
}
