package org.openconsultation.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.spi.ExposureLog;

/** Exposures appended per consultation, in the order recorded. */
final class MemoryExposures implements ExposureLog {

  private final StoreLock lock;
  private final Map<ConsultationId, List<Exposure>> rows = new HashMap<>();

  MemoryExposures(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public void record(
      ConsultationId consultation,
      ParticipantId participant,
      List<ContributionId> shownInOrder,
      Instant at) {
    List<Exposure> batch = new ArrayList<>(shownInOrder.size());
    for (int i = 0; i < shownInOrder.size(); i++) {
      batch.add(new Exposure(consultation, participant, shownInOrder.get(i), i + 1, at));
    }
    if (batch.isEmpty()) {
      return;
    }
    lock.run(
        () -> {
          List<Exposure> log = rows.computeIfAbsent(consultation, c -> new ArrayList<>());
          int before = log.size();
          log.addAll(batch);
          lock.undoOnRollback(() -> log.subList(before, log.size()).clear());
        });
  }

  @Override
  public void forEach(ConsultationId consultation, Consumer<? super Exposure> action) {
    lock.call(() -> List.copyOf(rows.getOrDefault(consultation, List.of()))).forEach(action);
  }
}
