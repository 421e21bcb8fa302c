package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.spi.ConsultationRepository;

/**
 * Consultations by id and by slug, listed newest first then by id. Updates are optimistic: each
 * must carry the version after the stored one.
 */
final class MemoryConsultations implements ConsultationRepository {

  private static final Comparator<Consultation> ORDER =
      Comparator.comparing(Consultation::createdAt)
          .reversed()
          .thenComparing(consultation -> consultation.id().value(), Order.UUIDS);

  private final StoreLock lock;
  private final Map<ConsultationId, Consultation> byId = new HashMap<>();
  private final Map<String, ConsultationId> bySlug = new HashMap<>();

  MemoryConsultations(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public void insert(Consultation consultation) {
    lock.run(
        () -> {
          ConsultationId id = consultation.id();
          if (byId.containsKey(id)) {
            throw new ConflictException(
                "consultation.duplicate", "consultation " + id + " already exists");
          }
          requireFreeSlug(consultation.slug());
          byId.put(id, consultation);
          bySlug.put(consultation.slug(), id);
          lock.undoOnRollback(
              () -> {
                byId.remove(id);
                bySlug.remove(consultation.slug());
              });
        });
  }

  @Override
  public void update(Consultation consultation) {
    lock.run(
        () -> {
          ConsultationId id = consultation.id();
          Consultation stored = byId.get(id);
          if (stored == null) {
            throw new NotFoundException(
                "consultation.not-found", "consultation " + id + " does not exist");
          }
          if (stored.version() != consultation.version() - 1) {
            throw new ConflictException(
                "consultation.stale-version",
                "consultation "
                    + id
                    + " is at version "
                    + stored.version()
                    + ", not "
                    + (consultation.version() - 1));
          }
          if (!stored.slug().equals(consultation.slug())) {
            requireFreeSlug(consultation.slug());
          }
          replace(stored, consultation);
          lock.undoOnRollback(() -> replace(consultation, stored));
        });
  }

  @Override
  public Optional<Consultation> find(ConsultationId id) {
    return lock.call(() -> Optional.ofNullable(byId.get(id)));
  }

  @Override
  public Optional<Consultation> findBySlug(String slug) {
    return lock.call(() -> Optional.ofNullable(bySlug.get(slug)).map(byId::get));
  }

  @Override
  public List<Consultation> list() {
    return lock.call(() -> byId.values().stream().sorted(ORDER).toList());
  }

  private void requireFreeSlug(String slug) {
    if (bySlug.containsKey(slug)) {
      throw new ConflictException(
          "consultation.slug-taken", "another consultation has the slug " + slug);
    }
  }

  private void replace(Consultation old, Consultation next) {
    bySlug.remove(old.slug());
    bySlug.put(next.slug(), next.id());
    byId.put(next.id(), next);
  }
}
