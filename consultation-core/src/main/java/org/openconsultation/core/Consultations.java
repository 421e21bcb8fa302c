package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Phase;

/**
 * Consultations and their lifecycle: {@code DRAFT → SCHEDULED → OPEN → CLOSED → RESULTS_PUBLISHED →
 * ARCHIVED}. Scheduled, open and closed follow from the clock; the other steps are organiser
 * actions.
 */
public interface Consultations {

  /** Creates a consultation as a draft; the actor becomes its organiser. */
  Consultation create(Actor actor, CreateConsultation command);

  /** The consultation; drafts are visible to organisers and moderators only. */
  Consultation get(Actor actor, ConsultationId id);

  /** The consultation with this slug; drafts as for {@link #get}. */
  Consultation getBySlug(Actor actor, String slug);

  /** The consultations the actor may see, newest first. */
  List<Consultation> list(Actor actor);

  /** The consultation's phase now, by the engine clock. */
  Phase phase(ConsultationId id);

  /** Publishes a draft: it becomes scheduled, or open if its opening time has passed. */
  Consultation publish(Actor actor, ConsultationId id);

  /** Closes a scheduled or open consultation now, with a public reason. */
  Consultation closeEarly(Actor actor, CloseEarly command);

  /** Moves the closing time of a scheduled or open consultation later. */
  Consultation extend(Actor actor, ExtendConsultation command);

  /** Publishes the results of a closed consultation. */
  Consultation publishResults(Actor actor, ConsultationId id);

  /** Archives a closed consultation (with or without published results). */
  Consultation archive(Actor actor, ConsultationId id);

  /** Replaces the settings; the vote mode and grade scale only before opening. */
  Consultation updateSettings(Actor actor, UpdateSettings command);
}
