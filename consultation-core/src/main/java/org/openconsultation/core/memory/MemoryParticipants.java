package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.spi.ParticipantRepository;

/** Registrations, one per (consultation, participant), streamed by registration time then id. */
final class MemoryParticipants implements ParticipantRepository {

  private static final Comparator<Participant> ORDER =
      Comparator.comparing(Participant::registeredAt)
          .thenComparing(participant -> participant.id().value());

  private final Table<ParticipantId, Participant> table;

  MemoryParticipants(StoreLock lock) {
    this.table =
        new Table<>(lock, "participant", Participant::consultationId, Participant::id, ORDER);
  }

  @Override
  public void insert(Participant participant) {
    table.insert(participant);
  }

  @Override
  public void update(Participant participant) {
    table.update(participant);
  }

  @Override
  public Optional<Participant> find(ConsultationId consultation, ParticipantId id) {
    return table.find(consultation, id);
  }

  @Override
  public long count(ConsultationId consultation) {
    return table.count(consultation);
  }

  @Override
  public void forEach(ConsultationId consultation, Consumer<? super Participant> action) {
    table.forEach(consultation, participant -> true, action);
  }
}
