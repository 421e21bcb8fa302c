package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.WorkshopRepository;

/** Workshops, listed by the instant they were held, then id. */
final class MemoryWorkshops implements WorkshopRepository {

  private static final Comparator<Workshop> ORDER =
      Comparator.comparing((Workshop workshop) -> workshop.heldAt().toInstant())
          .thenComparing(workshop -> workshop.id().value(), Order.UUIDS);

  private final Table<WorkshopId, Workshop> table;

  MemoryWorkshops(StoreLock lock) {
    this.table = new Table<>(lock, "workshop", Workshop::consultationId, Workshop::id, ORDER);
  }

  @Override
  public void insert(Workshop workshop) {
    table.insert(workshop);
  }

  @Override
  public void update(Workshop workshop) {
    table.update(workshop);
  }

  @Override
  public Optional<Workshop> find(ConsultationId consultation, WorkshopId id) {
    return table.find(consultation, id);
  }

  @Override
  public List<Workshop> list(ConsultationId consultation) {
    return table.list(consultation);
  }
}
