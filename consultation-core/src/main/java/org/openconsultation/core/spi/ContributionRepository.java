package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;

/** Stores contributions and their revisions. */
public interface ContributionRepository {

  /**
   * Allocates the next reference of this consultation: 1, 2, 3… in allocation order. Within
   * committed data a number is never used twice. A number taken by a transaction that rolls back
   * was never seen by anyone: a store may hand it out again (a counter row updated in the
   * transaction) or skip it (a sequence); both keep references unique and stable.
   */
  Reference nextReference(ConsultationId consultation);

  /**
   * Adds a contribution with its first revision; a conflict if its id or reference is taken. {@code
   * first.number()} is 1 and matches the contribution's title and text.
   */
  void insert(Contribution contribution, Revision first);

  /** Replaces a contribution whose text is unchanged (a status change); not found if absent. */
  void update(Contribution contribution);

  /**
   * Replaces a contribution by its next revision and stores that revision; a conflict unless the
   * stored revision number is {@code revision.number() - 1}.
   */
  void revise(Contribution contribution, Revision revision);

  /** The contribution with this id. */
  Optional<Contribution> find(ConsultationId consultation, ContributionId id);

  /** The contribution with this reference. */
  Optional<Contribution> findByReference(ConsultationId consultation, Reference reference);

  /** The matching contributions by reference number. */
  List<Contribution> list(ConsultationId consultation, ContributionFilter filter);

  /** Streams the matching contributions by reference number. */
  void forEach(
      ConsultationId consultation,
      ContributionFilter filter,
      Consumer<? super Contribution> action);

  /** A contribution's revisions, oldest first. */
  List<Revision> revisions(ConsultationId consultation, ContributionId id);

  /**
   * Streams the revisions of the contributions {@code filter} selects, each with its contribution's
   * reference, by that reference's number, then oldest first. The default reads each contribution's
   * revisions in turn (one call of {@link #revisions} per contribution, while the contributions
   * stream); a store that can read them in one query should override it.
   */
  default void forEachRevision(
      ConsultationId consultation,
      ContributionFilter filter,
      BiConsumer<? super Reference, ? super Revision> action) {
    forEach(
        consultation,
        filter,
        c -> revisions(consultation, c.id()).forEach(r -> action.accept(c.reference(), r)));
  }

  /**
   * Makes sure every reference handed out from now on is above {@code atLeast}, for an import that
   * keeps the references it loads. It never lowers the counter. The default calls {@link
   * #nextReference} until it reaches {@code atLeast}; a store should set its counter at once.
   */
  default void advanceReferences(ConsultationId consultation, long atLeast) {
    long last = 0;
    while (last < atLeast) {
      last = nextReference(consultation).number();
    }
  }
}
