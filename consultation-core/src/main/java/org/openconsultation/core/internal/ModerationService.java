package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.FlagOutcome;
import org.openconsultation.core.Moderation;
import org.openconsultation.core.ModerationQueue;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;

/** Reports, automatic hiding, decisions and the pre-moderation queue. */
final class ModerationService implements Moderation {

  private static final EnumSet<Phase> MODERATED =
      EnumSet.of(Phase.SCHEDULED, Phase.OPEN, Phase.CLOSED, Phase.RESULTS_PUBLISHED);

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;

  ModerationService(EngineContext context, Guard guard, Visibility visibility) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
  }

  @Override
  public FlagOutcome flag(Actor actor, FlagContent command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.FLAG, c.id(), null);
          guard.phase(actor, c, Guard.OPEN);
          guard.feature(actor, c, Feature.FLAGS);
          Participant reporter = guard.registered(actor, c.id());
          ContentRef target = command.target();
          PublicationStatus status = status(actor, c, target);
          if (status != PublicationStatus.PUBLISHED) {
            throw Guard.invalid(actor, "flag.not-published", "target");
          }
          Instant now = context.now();
          Flag flag =
              new Flag(
                  c.id(),
                  new FlagId(context.ids().next()),
                  target,
                  reporter.id(),
                  command.reason(),
                  now);
          boolean recorded = context.store().moderation().insertFlag(flag);
          long reporters = context.store().moderation().countFlags(c.id(), target);
          if (!recorded) {
            return new FlagOutcome(false, reporters, status);
          }
          events.add(new DomainEvent.ContentFlagged(c.id(), reporter.id(), now, target, reporters));
          int threshold = c.settings().autoHideThreshold();
          if (threshold > 0 && reporters >= threshold && !restoredByModerator(c, target)) {
            String reason = "automatic: " + reporters + " reports";
            apply(c, target, ModerationAction.HIDE, PublicationStatus.HIDDEN, reason, null, events);
            status = PublicationStatus.HIDDEN;
          }
          return new FlagOutcome(true, reporters, status);
        });
  }

  @Override
  public ModerationDecision decide(Actor actor, Moderate command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.MODERATE, c.id(), null);
          guard.phase(actor, c, MODERATED);
          PublicationStatus current = status(actor, c, command.target());
          PublicationStatus next = transition(command.action(), current);
          if (next == null) {
            throw Guard.invalid(
                actor,
                "moderation.transition",
                "action",
                Messages.get(actor.locale(), "status." + current.name()));
          }
          return apply(
              c,
              command.target(),
              command.action(),
              next,
              command.reason(),
              Guard.signedIn(actor),
              events);
        });
  }

  @Override
  public ModerationQueue queue(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          guard.allow(actor, Action.MODERATE, c.id(), null);
          List<Contribution> contributions =
              context
                  .store()
                  .contributions()
                  .list(
                      c.id(),
                      ContributionFilter.all().withStatuses(EnumSet.of(PublicationStatus.PENDING)));
          List<Comment> comments = new ArrayList<>();
          context
              .store()
              .comments()
              .forEach(c.id(), EnumSet.of(PublicationStatus.PENDING), comments::add);
          return new ModerationQueue(
              contributions, comments, context.store().moderation().flags(c.id()));
        });
  }

  @Override
  public List<ModerationDecision> decisions(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          guard.allow(actor, Action.MODERATE, c.id(), null);
          return context.store().moderation().decisions(c.id());
        });
  }

  private static @Nullable PublicationStatus transition(
      ModerationAction action, PublicationStatus current) {
    switch (action) {
      case APPROVE:
        return current == PublicationStatus.PENDING ? PublicationStatus.PUBLISHED : null;
      case HIDE:
        return current == PublicationStatus.PENDING || current == PublicationStatus.PUBLISHED
            ? PublicationStatus.HIDDEN
            : null;
      case RESTORE:
        return current == PublicationStatus.HIDDEN ? PublicationStatus.PUBLISHED : null;
      default:
        throw new IllegalStateException("unknown action " + action);
    }
  }

  private boolean restoredByModerator(Consultation c, ContentRef target) {
    return context.store().moderation().decisions(c.id(), target).stream()
        .anyMatch(d -> d.action() == ModerationAction.RESTORE);
  }

  private PublicationStatus status(Actor actor, Consultation c, ContentRef target) {
    if (target instanceof ContentRef.OfContribution t) {
      return visibility.contribution(actor, c, t.id()).status();
    }
    ContentRef.OfComment t = (ContentRef.OfComment) target;
    return visibility.comment(actor, c, t.id()).status();
  }

  private ModerationDecision apply(
      Consultation c,
      ContentRef target,
      ModerationAction action,
      PublicationStatus next,
      String reason,
      @Nullable ParticipantId moderator,
      List<DomainEvent> events) {
    Instant now = context.now();
    if (target instanceof ContentRef.OfContribution t) {
      Contribution current = context.store().contributions().find(c.id(), t.id()).orElseThrow();
      context.store().contributions().update(current.withStatus(next, now));
    } else {
      ContentRef.OfComment t = (ContentRef.OfComment) target;
      Comment current = context.store().comments().find(c.id(), t.id()).orElseThrow();
      context.store().comments().update(current.withStatus(next));
    }
    ModerationDecision decision =
        new ModerationDecision(
            c.id(), new DecisionId(context.ids().next()), target, action, reason, moderator, now);
    context.store().moderation().insertDecision(decision);
    events.add(new DomainEvent.ContentModerated(c.id(), moderator, now, target, action, next));
    return decision;
  }
}
