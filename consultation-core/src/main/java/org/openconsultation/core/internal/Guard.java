package org.openconsultation.core.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.auth.AccessRequest;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;

/** The checks every command makes before it writes, each failing with a localised message. */
final class Guard {

  /** Phases in which participation (contributing, commenting, voting, reporting) happens. */
  static final Set<Phase> OPEN = EnumSet.of(Phase.OPEN);

  /** Every phase but archived. */
  static final Set<Phase> NOT_ARCHIVED = EnumSet.complementOf(EnumSet.of(Phase.ARCHIVED));

  private final EngineContext context;

  Guard(EngineContext context) {
    this.context = context;
  }

  /** The consultation, or not found. Drafts are not found by actors who may not read them. */
  Consultation consultation(Actor actor, ConsultationId id) {
    Consultation c =
        context
            .store()
            .consultations()
            .find(id)
            .orElseThrow(() -> notFound(actor, "consultation", id));
    if (c.phaseAt(context.now()) == Phase.DRAFT
        && !may(actor, Action.READ_UNPUBLISHED, id, c.organiser())) {
      throw notFound(actor, "consultation", id);
    }
    return c;
  }

  /** Whether the policy allows the request. */
  boolean may(
      Actor actor, Action action, @Nullable ConsultationId id, @Nullable ParticipantId owner) {
    return context.policy().permits(new AccessRequest(actor, action, id, owner));
  }

  /** Refuses the request unless the policy allows it. */
  void allow(
      Actor actor, Action action, @Nullable ConsultationId id, @Nullable ParticipantId owner) {
    if (!may(actor, action, id, owner)) {
      throw new ForbiddenException(
          "forbidden." + action.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          Messages.get(actor.locale(), "forbidden", action.name()));
    }
  }

  /** Refuses unless the consultation is in one of {@code allowed}; returns the current phase. */
  Phase phase(Actor actor, Consultation c, Set<Phase> allowed) {
    Phase now = c.phaseAt(context.now());
    if (!allowed.contains(now)) {
      throw new PhaseException(
          "phase." + now.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          now,
          Messages.get(
              actor.locale(), "phase", Messages.get(actor.locale(), "phase." + now.name())));
    }
    return now;
  }

  /** Refuses unless {@code feature} is on. */
  void feature(Actor actor, Consultation c, Feature feature) {
    if (!c.settings().has(feature)) {
      throw new ForbiddenException(
          "feature.disabled", Messages.get(actor.locale(), "feature.disabled", feature.name()));
    }
  }

  /** The actor's registration, or forbidden. */
  Participant registered(Actor actor, ConsultationId id) {
    ParticipantId pid = signedIn(actor);
    return context
        .store()
        .participants()
        .find(id, pid)
        .orElseThrow(
            () ->
                new ForbiddenException(
                    "participant.not-registered",
                    Messages.get(actor.locale(), "participant.not-registered")));
  }

  /** The actor's participant id, or forbidden for an anonymous visitor. */
  static ParticipantId signedIn(Actor actor) {
    ParticipantId pid = actor.participant();
    if (pid == null) {
      throw new ForbiddenException(
          "forbidden.anonymous", Messages.get(actor.locale(), "forbidden", "anonymous"));
    }
    return pid;
  }

  /** A not-found failure with a localised message. */
  static NotFoundException notFound(Actor actor, String what, Object id) {
    return new NotFoundException(
        what + ".not-found", Messages.get(actor.locale(), "not-found." + what, id));
  }

  /** An invalid-input failure with one violation, localised. */
  static InvalidInputException invalid(Actor actor, String code, String path, Object... args) {
    return InvalidInputException.of(code, path, Messages.get(actor.locale(), code, args));
  }
}
