package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** Stores workshops. */
public interface WorkshopRepository {

  /** Adds a workshop; a conflict if its id is taken. */
  void insert(Workshop workshop);

  /** Replaces a workshop; not found if absent. */
  void update(Workshop workshop);

  /** The workshop with this id. */
  Optional<Workshop> find(ConsultationId consultation, WorkshopId id);

  /** The consultation's workshops by date, then id. */
  List<Workshop> list(ConsultationId consultation);
}
