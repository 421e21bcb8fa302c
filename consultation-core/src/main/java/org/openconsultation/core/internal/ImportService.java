package org.openconsultation.core.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.openconsultation.core.Imports;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.spi.ContributionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a consultation's own export back into an empty consultation, in one transaction: the
 * permission and the emptiness are checked first, the input is copied to a temporary file (so that
 * a transaction run again reads it again), then every record is written through the storage ports
 * and checked; any problem undoes everything.
 */
final class ImportService implements Imports {

  private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

  private final EngineContext context;
  private final Guard guard;

  ImportService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public ImportSummary openDataPackage(Actor actor, ConsultationId consultation, InputStream zip) {
    Objects.requireNonNull(zip, "zip");
    return load(actor, consultation, zip, ImportCsvPackage::read);
  }

  @Override
  public ImportSummary json(Actor actor, ConsultationId consultation, InputStream document) {
    Objects.requireNonNull(document, "document");
    return load(actor, consultation, document, ImportJsonDocument::read);
  }

  /** Reads a spooled input into a writer, recording problems. */
  @FunctionalInterface
  private interface Format {
    void read(Path input, ImportWriter writer, ImportProblems problems);
  }

  private ImportSummary load(
      Actor actor, ConsultationId consultation, InputStream input, Format format) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(consultation, "consultation");
    context.read(actor, () -> target(actor, consultation));
    ImportSummary summary;
    try (ImportSpool spool = ImportSpool.copy(input)) {
      summary =
          context
              .store()
              .transactions()
              .inTransaction(
                  () -> {
                    Consultation target = target(actor, consultation);
                    ImportProblems problems = new ImportProblems(actor.locale());
                    ImportWriter writer = new ImportWriter(context.store(), target, problems);
                    format.read(spool.file(), writer, problems);
                    problems.throwIfAny();
                    return writer.finish();
                  });
    }
    context.announceCommitted(
        List.of(
            new DomainEvent.ContentImported(
                consultation, actor.participant(), context.now(), summary.rows())));
    LOG.info("Imported into consultation {}: {}", consultation, summary);
    return summary;
  }

  /** The consultation, if the actor may load data into it and it holds no content yet. */
  private Consultation target(Actor actor, ConsultationId id) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, Action.MANAGE_DATA, c.id(), null);
    boolean empty =
        context.store().themes().list(c.id()).isEmpty()
            && context.store().workshops().list(c.id()).isEmpty()
            && !any(
                action ->
                    context
                        .store()
                        .contributions()
                        .forEach(c.id(), ContributionFilter.all(), action));
    if (!empty) {
      throw new ConflictException(
          "import.not-empty", ImportMessages.get(actor.locale(), "import.not-empty"));
    }
    return c;
  }

  /** Whether a stream yields anything; stops it at the first item. */
  private static boolean any(Consumer<Consumer<Object>> stream) {
    try {
      stream.accept(
          item -> {
            throw new Found();
          });
      return false;
    } catch (Found found) {
      return true;
    }
  }

  /** Stops a stream once it has yielded something. */
  private static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Found() {
      super(null, null, false, false);
    }
  }
}
