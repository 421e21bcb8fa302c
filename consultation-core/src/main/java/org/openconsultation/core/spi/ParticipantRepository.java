package org.openconsultation.core.spi;

import java.util.Optional;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;

/** Stores participants' registrations, one per (consultation, participant). */
public interface ParticipantRepository {

  /** Adds a registration; a conflict if this participant is already registered. */
  void insert(Participant participant);

  /** Replaces a registration; not found if absent. */
  void update(Participant participant);

  /** This participant's registration in this consultation. */
  Optional<Participant> find(ConsultationId consultation, ParticipantId id);

  /** The number of registrations. */
  long count(ConsultationId consultation);

  /** Streams the registrations by registration time, then id. */
  void forEach(ConsultationId consultation, Consumer<? super Participant> action);
}
