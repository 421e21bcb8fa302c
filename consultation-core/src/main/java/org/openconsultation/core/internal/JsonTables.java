package org.openconsultation.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportProgress;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * The rows of each table of one JSON export, as model records under pseudonyms, in a stable order
 * that comes from the store without sorting:
 *
 * <ul>
 *   <li>themes by position, then id ({@code ThemeRepository.list});
 *   <li>contributions by reference; revisions by contribution reference, then number ({@code
 *       forEachRevision}); tallies by contribution reference, for the contributions exported that
 *       have ballots ({@code forEachContributionWithTally});
 *   <li>workshops by the instant they were held, then id ({@code WorkshopRepository.list});
 *   <li>comments by posting time, then id;
 *   <li>ballots by contribution id, then stored participant id ({@code forEachBallot}).
 * </ul>
 *
 * <p>Only contributions and comments whose status the scope includes are written; comments, ballots
 * and tallies of a contribution left out are left out with it, and a reply to a comment left out is
 * written without its parent, as the engine's threads show it. The ids left out are the only memory
 * that grows with the data, and they are read only when the scope leaves some status out.
 */
final class JsonTables {

  /** Receives one row. */
  @FunctionalInterface
  interface RowSink {
    void accept(Object row) throws IOException;
  }

  private final ConsultationStore store;
  private final ExportScope scope;
  private final ConsultationId id;
  private final JsonPseudonyms names;
  private @Nullable Set<ContributionId> excludedContributions;
  private @Nullable Set<CommentId> excludedComments;

  JsonTables(EngineContext context, ExportScope scope) {
    this.store = context.store();
    this.scope = scope;
    this.id = scope.id();
    this.names = new JsonPseudonyms(scope.id(), scope.pseudonyms());
  }

  /**
   * Whether the scope lets {@code table} out: ballots and tallies only while results are visible.
   */
  boolean exported(ExportTable table) {
    return (table != ExportTable.BALLOTS && table != ExportTable.TALLIES) || scope.resultsVisible();
  }

  /** The consultation under pseudonyms. */
  Consultation consultation() {
    return names.consultation(scope.consultation());
  }

  /** Hands the rows of {@code table} to {@code sink} and returns how many there were. */
  long forEach(ExportTable table, ExportProgress progress, RowSink sink) {
    JsonProgress count = new JsonProgress(progress, table);
    Consumer<Object> row =
        r -> {
          try {
            sink.accept(r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          count.row();
        };
    switch (table) {
      case THEMES -> store.themes().list(id).forEach(row);
      case CONTRIBUTIONS -> contributions(c -> row.accept(names.contribution(c)));
      case REVISIONS ->
          store
              .contributions()
              .forEachRevision(
                  id, scope.contributions(), (ref, r) -> row.accept(names.revision(r)));
      case WORKSHOPS -> store.workshops().list(id).forEach(w -> row.accept(names.workshop(w)));
      case COMMENTS -> comments(row);
      case BALLOTS -> ballots(row);
      case TALLIES -> tallies(row);
    }
    return count.done();
  }

  private void contributions(Consumer<Contribution> action) {
    store.contributions().forEach(id, scope.contributions(), action);
  }

  private void tallies(Consumer<Object> row) {
    store.forEachContributionWithTally(
        id,
        scope.contributions(),
        (c, tally) -> {
          if (tally.ballots() > 0) {
            row.accept(tally);
          }
        });
  }

  private void comments(Consumer<Object> row) {
    Set<ContributionId> hidden = excludedContributions();
    Set<CommentId> hiddenComments = excludedComments();
    store
        .comments()
        .forEach(
            id,
            scope.statuses(),
            c -> {
              if (!hidden.contains(c.contributionId())) {
                CommentId parent = c.parent();
                row.accept(
                    names.comment(
                        c, parent != null && hiddenComments.contains(parent) ? null : parent));
              }
            });
  }

  private void ballots(Consumer<Object> row) {
    Set<ContributionId> hidden = excludedContributions();
    store
        .ballots()
        .forEachBallot(
            id,
            b -> {
              if (!hidden.contains(b.contributionId())) {
                row.accept(names.ballot(b));
              }
            });
  }

  private Set<ContributionId> excludedContributions() {
    Set<ContributionId> ids = excludedContributions;
    if (ids == null) {
      Set<ContributionId> found = new HashSet<>();
      Set<PublicationStatus> others = leftOut();
      if (!others.isEmpty()) {
        store
            .contributions()
            .forEach(id, ContributionFilter.all().withStatuses(others), c -> found.add(c.id()));
      }
      ids = found;
      excludedContributions = ids;
    }
    return ids;
  }

  private Set<CommentId> excludedComments() {
    Set<CommentId> ids = excludedComments;
    if (ids == null) {
      Set<CommentId> found = new HashSet<>();
      Set<PublicationStatus> others = leftOut();
      if (!others.isEmpty()) {
        store.comments().forEach(id, others, c -> found.add(c.id()));
      }
      ids = found;
      excludedComments = ids;
    }
    return ids;
  }

  private Set<PublicationStatus> leftOut() {
    return EnumSet.complementOf(EnumSet.copyOf(scope.statuses()));
  }
}
