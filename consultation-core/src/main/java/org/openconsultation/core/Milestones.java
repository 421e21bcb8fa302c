package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;

/** The consultation's public timeline. */
public interface Milestones {

  /** Adds a milestone (any phase but archived). */
  Milestone add(Actor actor, AddMilestone command);

  /** Changes a milestone (any phase but archived). */
  Milestone update(Actor actor, UpdateMilestone command);

  /** The timeline, by date. */
  List<Milestone> timeline(Actor actor, ConsultationId consultation);
}
