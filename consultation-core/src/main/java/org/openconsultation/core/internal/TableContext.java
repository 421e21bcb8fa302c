package org.openconsultation.core.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * What rendering the rows of one export needs: the store, the scope, and which contributions and
 * comments the scope leaves out (so that comments, ballots and tallies of a hidden contribution are
 * left out with it).
 *
 * <p>The sets of left-out ids are read once, when first asked for, and only when the scope leaves
 * some statuses out (an actor who may read unpublished content gets everything, and no set at all).
 * They hold one id per contribution or comment not exported (pending, hidden or withdrawn), about
 * 100 bytes each: the only memory an export keeps that grows with the data, and it grows with what
 * is left out, not with what is written.
 */
final class TableContext {

  private final EngineContext engine;
  private final ExportScope scope;
  private @Nullable Set<ContributionId> excludedContributions;
  private @Nullable Set<CommentId> excludedComments;

  TableContext(EngineContext engine, ExportScope scope) {
    this.engine = engine;
    this.scope = scope;
  }

  ConsultationStore store() {
    return engine.store();
  }

  ExportScope scope() {
    return scope;
  }

  ConsultationId id() {
    return scope.id();
  }

  /** How the export names this participant. */
  String participant(ParticipantId participant) {
    return scope.pseudonyms().of(scope.id(), participant);
  }

  /** The permalink of a contribution. */
  String link(Reference reference) {
    return scope.permalinks().link(scope.consultation(), reference);
  }

  /** The contributions the scope leaves out. Call before streaming, not from inside a stream. */
  Set<ContributionId> excludedContributions() {
    Set<ContributionId> ids = excludedContributions;
    if (ids == null) {
      ids = new HashSet<>();
      Set<PublicationStatus> others = others();
      if (!others.isEmpty()) {
        Set<ContributionId> found = ids;
        store()
            .contributions()
            .forEach(id(), ContributionFilter.all().withStatuses(others), c -> found.add(c.id()));
      }
      excludedContributions = ids;
    }
    return ids;
  }

  /** The comments the scope leaves out. Call before streaming, not from inside a stream. */
  Set<CommentId> excludedComments() {
    Set<CommentId> ids = excludedComments;
    if (ids == null) {
      ids = new HashSet<>();
      Set<PublicationStatus> others = others();
      if (!others.isEmpty()) {
        Set<CommentId> found = ids;
        store().comments().forEach(id(), others, c -> found.add(c.id()));
      }
      excludedComments = ids;
    }
    return ids;
  }

  private Set<PublicationStatus> others() {
    EnumSet<PublicationStatus> others = EnumSet.allOf(PublicationStatus.class);
    others.removeAll(scope.statuses());
    return others;
  }
}
