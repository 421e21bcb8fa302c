package org.openconsultation.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.memory.BallotBox.Seat;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;

/**
 * Ballots and tallies, one {@link BallotBox} per consultation. The limit check reads a counter kept
 * with the ballots, so it costs the same however many ballots a participant has.
 */
final class MemoryBallots implements BallotRepository {

  private final StoreLock lock;
  private final Map<ConsultationId, BallotBox> boxes = new HashMap<>();

  MemoryBallots(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public Optional<BallotRecord> put(BallotRecord ballot, int limit) {
    return lock.call(
        () -> {
          BallotBox box = boxes.computeIfAbsent(ballot.consultationId(), c -> new BallotBox());
          Seat seat = Seat.of(ballot);
          @Nullable BallotRecord old = box.ballot(seat);
          if (limit > 0 && ballot.ballot().countsTowardLimit()) {
            long others =
                box.towardLimit(ballot.participant())
                    - (old != null && old.ballot().countsTowardLimit() ? 1 : 0);
            if (others >= limit) {
              throw new LimitReachedException(
                  "vote.limit-reached",
                  ballot.participant() + " already used " + others + " of " + limit + " votes");
            }
          }
          box.replace(seat, old, ballot);
          lock.undoOnRollback(() -> box.replace(seat, ballot, old));
          return Optional.ofNullable(old);
        });
  }

  @Override
  public Optional<BallotRecord> remove(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return lock.call(
        () -> {
          BallotBox box = box(consultation);
          Seat seat = new Seat(contribution, participant);
          @Nullable BallotRecord old = box.ballot(seat);
          if (old != null) {
            box.replace(seat, old, null);
            lock.undoOnRollback(() -> box.replace(seat, null, old));
          }
          return Optional.ofNullable(old);
        });
  }

  @Override
  public Optional<BallotRecord> find(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return lock.call(
        () -> Optional.ofNullable(box(consultation).ballot(new Seat(contribution, participant))));
  }

  @Override
  public long countTowardLimit(ConsultationId consultation, ParticipantId participant) {
    return lock.call(() -> box(consultation).towardLimit(participant));
  }

  @Override
  public Tally tally(ConsultationId consultation, ContributionId contribution) {
    return lock.call(() -> box(consultation).tally(contribution));
  }

  @Override
  public void forEachTally(ConsultationId consultation, Consumer<? super Tally> action) {
    lock.call(() -> snapshot(box(consultation).tallies(), tally -> true)).forEach(action);
  }

  @Override
  public void forEachBallot(ConsultationId consultation, Consumer<? super BallotRecord> action) {
    lock.call(() -> snapshot(box(consultation).ballots(), ballot -> true)).forEach(action);
  }

  @Override
  public void forEachBallotOf(
      ConsultationId consultation,
      ParticipantId participant,
      Consumer<? super BallotRecord> action) {
    lock.call(
            () ->
                snapshot(
                    box(consultation).ballots(),
                    ballot -> ballot.participant().equals(participant)))
        .forEach(action);
  }

  private BallotBox box(ConsultationId consultation) {
    return boxes.getOrDefault(consultation, BallotBox.EMPTY);
  }

  private static <T> List<T> snapshot(Iterable<T> live, Predicate<? super T> filter) {
    List<T> copy = new ArrayList<>();
    for (T item : live) {
      if (filter.test(item)) {
        copy.add(item);
      }
    }
    return copy;
  }
}
