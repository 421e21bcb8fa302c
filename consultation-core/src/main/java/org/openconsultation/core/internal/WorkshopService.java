package org.openconsultation.core.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openconsultation.core.Workshops;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.ContributionFilter;

/** Workshops and their collective contributions. */
final class WorkshopService implements Workshops {

  private final EngineContext context;
  private final Guard guard;
  private final WorkshopBulkImport bulk;

  WorkshopService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
    this.bulk = new WorkshopBulkImport(context, guard);
  }

  /** Refuses unless the actor runs the workshop or manages the consultation's lifecycle. */
  static void requireRunner(Guard guard, Actor actor, Workshop w) {
    ParticipantId id = Guard.signedIn(actor);
    if (!w.isRunBy(id) && !guard.may(actor, Action.MANAGE_LIFECYCLE, w.consultationId(), null)) {
      throw new ForbiddenException(
          "workshop.not-facilitator", Messages.get(actor.locale(), "workshop.not-facilitator"));
    }
  }

  @Override
  public Workshop record(Actor actor, RecordWorkshop command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = manageable(actor, command.consultation());
          checkThemes(actor, c, command.themes());
          Instant now = context.now();
          Workshop w =
              new Workshop(
                  c.id(),
                  new WorkshopId(context.ids().next()),
                  command.title(),
                  command.description(),
                  command.heldAt().atZone(command.place().zone()),
                  command.place().toPlace(),
                  Guard.signedIn(actor),
                  command.facilitators(),
                  command.attendeeCount(),
                  command.themes(),
                  now);
          context.store().workshops().insert(w);
          events.add(new DomainEvent.WorkshopChanged(c.id(), actor.participant(), now, w.id()));
          return w;
        });
  }

  @Override
  public Workshop update(Actor actor, UpdateWorkshop command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = manageable(actor, command.consultation());
          Workshop current = find(actor, c.id(), command.workshop());
          requireRunner(guard, actor, current);
          checkThemes(actor, c, command.themes());
          Workshop next =
              new Workshop(
                  c.id(),
                  current.id(),
                  command.title(),
                  command.description(),
                  command.heldAt().atZone(command.place().zone()),
                  command.place().toPlace(),
                  current.organiser(),
                  command.facilitators(),
                  command.attendeeCount(),
                  command.themes(),
                  current.createdAt());
          context.store().workshops().update(next);
          events.add(
              new DomainEvent.WorkshopChanged(
                  c.id(), actor.participant(), context.now(), next.id()));
          return next;
        });
  }

  @Override
  public Workshop get(Actor actor, ConsultationId consultation, WorkshopId id) {
    Objects.requireNonNull(id, "id");
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return find(actor, consultation, id);
        });
  }

  @Override
  public List<Workshop> list(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().workshops().list(consultation);
        });
  }

  @Override
  public List<Contribution> contributions(Actor actor, ConsultationId consultation, WorkshopId id) {
    Objects.requireNonNull(id, "id");
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          find(actor, consultation, id);
          return context
              .store()
              .contributions()
              .list(consultation, ContributionFilter.published().withWorkshop(id));
        });
  }

  @Override
  public BulkImportReport importWorkshops(
      Actor actor, ConsultationId consultation, InputStream csv) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(csv, "csv");
    return bulk.run(actor, consultation, csv);
  }

  @Override
  public void writeWorkshopTemplate(Locale locale, CsvFormat format, OutputStream out) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    WorkshopBulkTemplate.write(locale, format, out);
  }

  private Consultation manageable(Actor actor, ConsultationId id) {
    return manageable(guard, actor, id);
  }

  /**
   * The consultation, if the actor may record workshops in it now: the permission, any phase but
   * archived, and the workshops feature.
   */
  static Consultation manageable(Guard guard, Actor actor, ConsultationId id) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, Action.MANAGE_WORKSHOPS, c.id(), null);
    guard.phase(actor, c, Guard.NOT_ARCHIVED);
    guard.feature(actor, c, Feature.WORKSHOPS);
    return c;
  }

  private void checkThemes(Actor actor, Consultation c, List<ThemeId> themes) {
    for (ThemeId t : themes) {
      if (context.store().themes().find(c.id(), t).isEmpty()) {
        throw Guard.invalid(actor, "theme.unknown", "themes", t);
      }
    }
  }

  private Workshop find(Actor actor, ConsultationId consultation, WorkshopId id) {
    return context
        .store()
        .workshops()
        .find(consultation, id)
        .orElseThrow(() -> Guard.notFound(actor, "workshop", id));
  }
}
