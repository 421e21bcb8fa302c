package org.openconsultation.core.internal;

import java.util.List;
import org.openconsultation.core.Milestones;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;

/** The public timeline. */
final class MilestoneService implements Milestones {

  private final EngineContext context;
  private final Guard guard;

  MilestoneService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public Milestone add(Actor actor, AddMilestone command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = editable(actor, command.consultation());
          Milestone m =
              new Milestone(
                  c.id(),
                  new MilestoneId(context.ids().next()),
                  command.label(),
                  command.description(),
                  command.date(),
                  command.status());
          context.store().milestones().insert(m);
          events.add(
              new DomainEvent.MilestoneChanged(c.id(), actor.participant(), context.now(), m.id()));
          return m;
        });
  }

  @Override
  public Milestone update(Actor actor, UpdateMilestone command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = editable(actor, command.consultation());
          context
              .store()
              .milestones()
              .find(c.id(), command.milestone())
              .orElseThrow(() -> Guard.notFound(actor, "milestone", command.milestone()));
          Milestone m =
              new Milestone(
                  c.id(),
                  command.milestone(),
                  command.label(),
                  command.description(),
                  command.date(),
                  command.status());
          context.store().milestones().update(m);
          events.add(
              new DomainEvent.MilestoneChanged(c.id(), actor.participant(), context.now(), m.id()));
          return m;
        });
  }

  @Override
  public List<Milestone> timeline(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().milestones().list(consultation);
        });
  }

  private Consultation editable(Actor actor, ConsultationId id) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, Action.MANAGE_MILESTONES, c.id(), null);
    guard.phase(actor, c, Guard.NOT_ARCHIVED);
    return c;
  }
}
