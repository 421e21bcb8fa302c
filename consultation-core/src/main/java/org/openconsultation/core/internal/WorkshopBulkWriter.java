package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Workshop;

/**
 * Writes checked rows of a workshop file: each workshop as {@code workshops().record} would, and
 * its collective contribution as {@code contributions().submitCollective} would, with the same
 * domain events. Call inside the import's transaction, once every check has passed.
 */
final class WorkshopBulkWriter {

  private final EngineContext context;
  private final Actor actor;
  private final Consultation consultation;

  WorkshopBulkWriter(EngineContext context, Actor actor, Consultation consultation) {
    this.context = context;
    this.actor = actor;
    this.consultation = consultation;
  }

  BulkImportReport.Imported write(List<WorkshopBulkRow> rows, List<DomainEvent> events) {
    ParticipantId by = Guard.signedIn(actor);
    List<Workshop> workshops = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    for (WorkshopBulkRow row : rows) {
      Workshop w = workshop(row, by, events);
      workshops.add(w);
      if (row.contribution() != null) {
        contributions.add(contribution(w, row.contribution(), by, events));
      }
    }
    return new BulkImportReport.Imported(workshops, contributions);
  }

  private Workshop workshop(WorkshopBulkRow row, ParticipantId by, List<DomainEvent> events) {
    RecordWorkshop command = row.workshop();
    Instant now = context.now();
    Workshop w =
        new Workshop(
            command.consultation(),
            row.id(),
            command.title(),
            command.description(),
            command.heldAt().atZone(command.place().zone()),
            command.place().toPlace(),
            by,
            command.facilitators(),
            command.attendeeCount(),
            command.themes(),
            now);
    context.store().workshops().insert(w);
    events.add(new DomainEvent.WorkshopChanged(w.consultationId(), by, now, w.id()));
    return w;
  }

  private Contribution contribution(
      Workshop w,
      SubmitCollectiveContribution command,
      ParticipantId by,
      List<DomainEvent> events) {
    ConsultationId cid = consultation.id();
    Instant now = context.now();
    PublicationStatus status =
        consultation.settings().moderationMode() == ModerationMode.PRE
            ? PublicationStatus.PENDING
            : PublicationStatus.PUBLISHED;
    int attendees = command.attendeeCount() != null ? command.attendeeCount() : w.attendeeCount();
    Reference reference = context.store().contributions().nextReference(cid);
    Contribution x =
        new Contribution(
            cid,
            new ContributionId(context.ids().next()),
            reference,
            command.theme(),
            by,
            new Provenance.Collective(w.id(), attendees),
            command.title(),
            command.body(),
            w.place().territory(),
            w.place().point(),
            status,
            1,
            now,
            now);
    Revision first = new Revision(cid, x.id(), 1, x.title(), x.body(), by, "", now);
    context.store().contributions().insert(x, first);
    events.add(
        new DomainEvent.ContributionSubmitted(cid, by, now, x.id(), reference, x.kind(), status));
    return x;
  }
}
