package org.openconsultation.core;

import java.time.LocalDate;
import java.util.SortedMap;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;

/**
 * Participants' registrations. A participant registers once per consultation, while it is scheduled
 * or open, consenting to its current terms; contributing, commenting, voting and reporting all
 * require a registration.
 */
public interface Participants {

  /** Registers the acting participant. */
  Participant register(Actor actor, Register command);

  /** Changes the acting participant's profile. */
  Participant updateProfile(Actor actor, UpdateProfile command);

  /** A participant's registration (their public profile). */
  Participant get(Actor actor, ConsultationId consultation, ParticipantId id);

  /** The number of registrations. */
  long count(Actor actor, ConsultationId consultation);

  /** Registrations per day, in the consultation's time zone; days without any are absent. */
  SortedMap<LocalDate, Long> registrationsPerDay(Actor actor, ConsultationId consultation);
}
