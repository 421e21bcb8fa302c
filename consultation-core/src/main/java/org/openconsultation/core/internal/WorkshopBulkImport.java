package org.openconsultation.core.internal;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Violation;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/**
 * Imports a file of workshops, each optionally with its collective contribution, all or nothing.
 *
 * <p>The actor's right to record workshops is checked first; then the file is read, every row is
 * parsed and checked against the store and validated as the single-workshop commands are, and the
 * rows are written in one transaction only if no row has a problem. The same checks run again
 * inside that transaction, so nothing changed in between can slip through.
 */
final class WorkshopBulkImport {

  private final EngineContext context;
  private final Guard guard;

  WorkshopBulkImport(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  /** What the rows of a file stand for, and what is wrong with them. */
  private record Analysis(
      Consultation consultation, List<WorkshopBulkRow> rows, WorkshopBulkErrors errors) {}

  BulkImportReport run(Actor actor, ConsultationId consultation, InputStream csv) {
    context.read(actor, () -> WorkshopService.manageable(guard, actor, consultation));
    WorkshopBulkCsv.Table table = WorkshopBulkCsv.read(csv, actor.locale());
    if (!table.errors().isEmpty()) {
      return new BulkImportReport.Rejected(table.errors());
    }
    List<WorkshopId> ids = new ArrayList<>();
    table.rows().forEach(r -> ids.add(new WorkshopId(context.ids().next())));
    Analysis first = context.read(actor, () -> analyse(actor, consultation, table, ids));
    WorkshopBulkCommand command = new WorkshopBulkCommand(consultation, first.rows());
    try {
      return context.command(
          actor,
          command,
          events -> {
            if (!first.errors().isEmpty()) {
              return new BulkImportReport.Rejected(first.errors().sorted());
            }
            Analysis now = analyse(actor, consultation, table, ids);
            if (!now.errors().isEmpty()) {
              return new BulkImportReport.Rejected(now.errors().sorted());
            }
            return new WorkshopBulkWriter(context, actor, now.consultation())
                .write(now.rows(), events);
          });
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        if (!first.errors().violation(first.rows(), v)) {
          throw e;
        }
      }
      return new BulkImportReport.Rejected(first.errors().sorted());
    }
  }

  private Analysis analyse(
      Actor actor, ConsultationId id, WorkshopBulkCsv.Table table, List<WorkshopId> ids) {
    Consultation c = WorkshopService.manageable(guard, actor, id);
    WorkshopBulkErrors errors = new WorkshopBulkErrors(table, actor.locale());
    WorkshopBulkParser parser =
        new WorkshopBulkParser(
            table,
            c,
            new WorkshopBulkThemes(context.store().themes().list(c.id())),
            errors,
            contributionRefusal(actor, c));
    Set<String> recorded = new HashSet<>();
    for (Workshop w : context.store().workshops().list(c.id())) {
      recorded.add(identity(w.title(), w.heldAt().toLocalDateTime(), w.place().name()));
    }
    Map<String, Integer> seen = new HashMap<>();
    List<WorkshopBulkRow> rows = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      WorkshopBulkParser.Parsed parsed = parser.parse(table.rows().get(i), ids.get(i));
      WorkshopBulkRow row = parsed.row();
      rows.add(row);
      if (parsed.heldAt() == null) {
        continue;
      }
      String identity =
          identity(row.workshop().title(), parsed.heldAt(), row.workshop().place().name());
      Integer earlier = seen.putIfAbsent(identity, row.line());
      if (earlier != null) {
        errors.bulk(row.line(), WorkshopBulkColumn.TITLE, "bulk.duplicate", earlier);
      } else if (recorded.contains(identity)) {
        errors.bulk(row.line(), WorkshopBulkColumn.TITLE, "bulk.already-recorded");
      }
    }
    return new Analysis(c, rows, errors);
  }

  /** Why the actor may not submit collective contributions now, as the engine would say it. */
  private @Nullable ConsultationException contributionRefusal(Actor actor, Consultation c) {
    try {
      guard.allow(actor, Action.SUBMIT_COLLECTIVE_CONTRIBUTION, c.id(), null);
      guard.phase(actor, c, Guard.OPEN);
      guard.registered(actor, c.id());
      return null;
    } catch (ForbiddenException | PhaseException e) {
      return e;
    }
  }

  /** What makes two rows the same workshop: title, local date and time, and place name. */
  private static String identity(String title, LocalDateTime heldAt, String place) {
    return WorkshopBulkColumn.key(title)
        + '\u0000'
        + heldAt
        + '\u0000'
        + WorkshopBulkColumn.key(place);
  }
}
