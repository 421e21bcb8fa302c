package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.spi.MilestoneRepository;

/** Timeline milestones, listed by date then id. */
final class MemoryMilestones implements MilestoneRepository {

  private static final Comparator<Milestone> ORDER =
      Comparator.comparing(Milestone::date)
          .thenComparing(milestone -> milestone.id().value(), Order.UUIDS);

  private final Table<MilestoneId, Milestone> table;

  MemoryMilestones(StoreLock lock) {
    this.table = new Table<>(lock, "milestone", Milestone::consultationId, Milestone::id, ORDER);
  }

  @Override
  public void insert(Milestone milestone) {
    table.insert(milestone);
  }

  @Override
  public void update(Milestone milestone) {
    table.update(milestone);
  }

  @Override
  public Optional<Milestone> find(ConsultationId consultation, MilestoneId id) {
    return table.find(consultation, id);
  }

  @Override
  public List<Milestone> list(ConsultationId consultation) {
    return table.list(consultation);
  }
}
