package org.openconsultation.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;

/**
 * Records which contributions a participant was shown, in which order: the data to measure position
 * bias (a contribution shown first gathers more votes whatever its merit) and to correct for it.
 *
 * <p>An append-only log: recording the same list twice records two impressions; nothing conflicts.
 * Contribution ids are stored as given, without checking that they exist. Writes made inside {@link
 * Transactions#inTransaction} are undone with the transaction. A store that keeps no exposures
 * returns {@link #none()}.
 */
public interface ExposureLog {

  /**
   * One contribution shown to one participant.
   *
   * @param consultation the consultation
   * @param participant who was shown it
   * @param contribution what was shown
   * @param position where, from 1 (the top of the list)
   * @param shownAt when
   */
  record Exposure(
      ConsultationId consultation,
      ParticipantId participant,
      ContributionId contribution,
      int position,
      Instant shownAt) {

    /** Checks that no component is null and the position starts at 1. */
    public Exposure {
      Objects.requireNonNull(consultation, "consultation");
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(contribution, "contribution");
      Objects.requireNonNull(shownAt, "shownAt");
      if (position < 1) {
        throw new IllegalArgumentException("positions start at 1");
      }
    }
  }

  /**
   * Records that {@code participant} was shown {@code shownInOrder} at {@code at}: the first at
   * position 1, the next at 2, and so on. An empty list records nothing.
   */
  void record(
      ConsultationId consultation,
      ParticipantId participant,
      List<ContributionId> shownInOrder,
      Instant at);

  /**
   * Streams the consultation's exposures in the order they were recorded (within one list, by
   * position).
   */
  void forEach(ConsultationId consultation, Consumer<? super Exposure> action);

  /** A log that keeps nothing: {@code record} does nothing and {@code forEach} streams nothing. */
  static ExposureLog none() {
    return new ExposureLog() {
      @Override
      public void record(
          ConsultationId consultation,
          ParticipantId participant,
          List<ContributionId> shownInOrder,
          Instant at) {}

      @Override
      public void forEach(ConsultationId consultation, Consumer<? super Exposure> action) {}
    };
  }
}
