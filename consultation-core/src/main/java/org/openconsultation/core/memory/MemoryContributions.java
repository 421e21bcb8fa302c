package org.openconsultation.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;

/**
 * Contributions with their revisions, listed by reference number. Reference counters only move
 * forward: a rollback does not give numbers back.
 */
final class MemoryContributions implements ContributionRepository {

  private final StoreLock lock;
  private final Map<ConsultationId, Long> lastReference = new HashMap<>();
  private final Map<ConsultationId, Shelf> shelves = new HashMap<>();

  MemoryContributions(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public Reference nextReference(ConsultationId consultation) {
    return lock.call(() -> new Reference(lastReference.merge(consultation, 1L, Long::sum)));
  }

  @Override
  public void advanceReferences(ConsultationId consultation, long atLeast) {
    lock.run(() -> lastReference.merge(consultation, atLeast, Math::max));
  }

  @Override
  public void insert(Contribution contribution, Revision first) {
    requireRevisionOf(contribution, first);
    if (first.number() != 1) {
      throw new IllegalArgumentException("a first revision is number 1, not " + first.number());
    }
    lock.run(
        () -> {
          Shelf shelf = shelves.computeIfAbsent(contribution.consultationId(), c -> new Shelf());
          ContributionId id = contribution.id();
          long number = contribution.reference().number();
          if (shelf.byId.containsKey(id)) {
            throw new ConflictException(
                "contribution.duplicate", "contribution " + id + " already exists");
          }
          if (shelf.byReference.containsKey(number)) {
            throw new ConflictException(
                "contribution.reference-taken",
                "reference " + contribution.reference() + " is taken");
          }
          shelf.byId.put(id, contribution);
          shelf.byReference.put(number, id);
          shelf.revisions.put(id, new ArrayList<>(List.of(first)));
          lock.undoOnRollback(
              () -> {
                shelf.byId.remove(id);
                shelf.byReference.remove(number);
                shelf.revisions.remove(id);
              });
        });
  }

  @Override
  public void update(Contribution contribution) {
    lock.run(
        () -> {
          Shelf shelf = shelves.computeIfAbsent(contribution.consultationId(), c -> new Shelf());
          Contribution stored = stored(shelf, contribution);
          if (stored.revision() != contribution.revision()) {
            throw staleRevision(stored, contribution.revision());
          }
          shelf.byId.put(contribution.id(), contribution);
          lock.undoOnRollback(() -> shelf.byId.put(stored.id(), stored));
        });
  }

  @Override
  public void revise(Contribution contribution, Revision revision) {
    requireRevisionOf(contribution, revision);
    if (contribution.revision() != revision.number()) {
      throw new IllegalArgumentException("the contribution must carry the revision's number");
    }
    lock.run(
        () -> {
          Shelf shelf = shelves.computeIfAbsent(contribution.consultationId(), c -> new Shelf());
          Contribution stored = stored(shelf, contribution);
          if (stored.revision() != revision.number() - 1) {
            throw staleRevision(stored, revision.number() - 1);
          }
          List<Revision> revisions = shelf.revisions.get(stored.id());
          shelf.byId.put(contribution.id(), contribution);
          revisions.add(revision);
          lock.undoOnRollback(
              () -> {
                shelf.byId.put(stored.id(), stored);
                revisions.remove(revisions.size() - 1);
              });
        });
  }

  @Override
  public Optional<Contribution> find(ConsultationId consultation, ContributionId id) {
    return lock.call(() -> Optional.ofNullable(shelf(consultation).byId.get(id)));
  }

  @Override
  public Optional<Contribution> findByReference(ConsultationId consultation, Reference reference) {
    return lock.call(
        () -> {
          Shelf shelf = shelf(consultation);
          return Optional.ofNullable(shelf.byReference.get(reference.number()))
              .map(shelf.byId::get);
        });
  }

  @Override
  public List<Contribution> list(ConsultationId consultation, ContributionFilter filter) {
    return lock.call(
        () -> {
          Shelf shelf = shelf(consultation);
          return shelf.byReference.values().stream()
              .map(shelf.byId::get)
              .filter(contribution -> ContributionMatcher.matches(filter, contribution))
              .toList();
        });
  }

  @Override
  public void forEach(
      ConsultationId consultation,
      ContributionFilter filter,
      Consumer<? super Contribution> action) {
    list(consultation, filter).forEach(action);
  }

  @Override
  public List<Revision> revisions(ConsultationId consultation, ContributionId id) {
    return lock.call(() -> List.copyOf(shelf(consultation).revisions.getOrDefault(id, List.of())));
  }

  private Shelf shelf(ConsultationId consultation) {
    return shelves.getOrDefault(consultation, Shelf.EMPTY);
  }

  private static Contribution stored(Shelf shelf, Contribution contribution) {
    Contribution stored = shelf.byId.get(contribution.id());
    if (stored == null) {
      throw new NotFoundException(
          "contribution.not-found", "contribution " + contribution.id() + " does not exist");
    }
    if (!stored.reference().equals(contribution.reference())) {
      throw new IllegalArgumentException("a contribution keeps its reference");
    }
    return stored;
  }

  private static ConflictException staleRevision(Contribution stored, int expected) {
    return new ConflictException(
        "contribution.stale-revision",
        "contribution "
            + stored.id()
            + " is at revision "
            + stored.revision()
            + ", not "
            + expected);
  }

  private static void requireRevisionOf(Contribution contribution, Revision revision) {
    if (!revision.consultationId().equals(contribution.consultationId())
        || !revision.contributionId().equals(contribution.id())) {
      throw new IllegalArgumentException("the revision belongs to another contribution");
    }
  }

  /** One consultation's contributions: by id, by reference number, and their revisions. */
  private static final class Shelf {
    /** What a consultation without contributions reads from; never written. */
    static final Shelf EMPTY = new Shelf();

    final Map<ContributionId, Contribution> byId = new HashMap<>();
    final NavigableMap<Long, ContributionId> byReference = new TreeMap<>();
    final Map<ContributionId, List<Revision>> revisions = new HashMap<>();
  }
}
