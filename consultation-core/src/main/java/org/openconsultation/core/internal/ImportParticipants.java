package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * The participants an import meets, registered at the end: each gets a minimal registration (named
 * by its identifier or pseudonym, a person unless it authored an institutional contribution, the
 * consultation's terms, registered at its first activity) unless it is registered already. Holds
 * one small entry per distinct participant until then, about 150 bytes each.
 */
final class ImportParticipants {

  /** The earliest activity met and whether the participant spoke for an organisation. */
  private record Seen(Instant first, boolean institutional) {
    Seen merge(Seen other) {
      return new Seen(
          first.isBefore(other.first) ? first : other.first, institutional || other.institutional);
    }
  }

  private final Map<ParticipantId, Seen> seen = new HashMap<>();

  /** Notes an activity of {@code participant} at {@code at}. */
  void met(ParticipantId participant, Instant at, boolean institutional) {
    seen.merge(participant, new Seen(at, institutional), Seen::merge);
  }

  /** Registers those not registered yet; returns how many were registered. */
  long register(ConsultationStore store, Consultation consultation) {
    long created = 0;
    for (Map.Entry<ParticipantId, Seen> e : seen.entrySet()) {
      ParticipantId id = e.getKey();
      if (store.participants().find(consultation.id(), id).isPresent()) {
        continue;
      }
      Seen s = e.getValue();
      store
          .participants()
          .insert(
              new Participant(
                  consultation.id(),
                  id,
                  id.value(),
                  s.institutional() ? ParticipantKind.ORGANISATION : ParticipantKind.PERSON,
                  null,
                  consultation.termsVersion(),
                  s.first()));
      created++;
    }
    return created;
  }
}
