package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** Physical workshops and their collective contributions. */
public interface Workshops {

  /** Records a workshop (facilitators and organisers; any phase but archived). */
  Workshop record(Actor actor, RecordWorkshop command);

  /** Changes a workshop (its organiser or facilitators, or an organiser). */
  Workshop update(Actor actor, UpdateWorkshop command);

  /** A workshop. */
  Workshop get(Actor actor, ConsultationId consultation, WorkshopId id);

  /** The workshops, by date. */
  List<Workshop> list(Actor actor, ConsultationId consultation);

  /** The workshop's published collective contributions, by reference. */
  List<Contribution> contributions(Actor actor, ConsultationId consultation, WorkshopId id);
}
