package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;

/** Stores the milestones of the public timeline. */
public interface MilestoneRepository {

  /** Adds a milestone; a conflict if its id is taken. */
  void insert(Milestone milestone);

  /** Replaces a milestone; not found if absent. */
  void update(Milestone milestone);

  /** The milestone with this id in this consultation. */
  Optional<Milestone> find(ConsultationId consultation, MilestoneId id);

  /** The consultation's milestones by date, then id. */
  List<Milestone> list(ConsultationId consultation);
}
