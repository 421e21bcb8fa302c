package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.openconsultation.core.Votes;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/** Ballots, limits and tallies. */
final class VoteService implements Votes {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;
  private final Results results;

  VoteService(EngineContext context, Guard guard, Visibility visibility, Results results) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
    this.results = results;
  }

  @Override
  public BallotRecord cast(Actor actor, CastBallot command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          Participant voter = voter(actor, c);
          Contribution target =
              visibility.published(actor, c, command.contribution(), "vote.not-published");
          Ballot ballot = command.ballot();
          if (!c.settings().voteMode().accepts(ballot)) {
            throw Guard.invalid(actor, "vote.mode", "ballot", c.settings().voteMode());
          }
          if (ballot instanceof Ballot.Grade g && g.grade() >= c.settings().gradeCount()) {
            throw Guard.invalid(actor, "vote.grade", "ballot", c.settings().gradeCount() - 1);
          }
          Instant now = context.now();
          Optional<BallotRecord> existing =
              context.store().ballots().find(c.id(), target.id(), voter.id());
          BallotRecord record =
              new BallotRecord(
                  c.id(),
                  target.id(),
                  voter.id(),
                  ballot,
                  existing.map(BallotRecord::castAt).orElse(now),
                  now);
          Optional<BallotRecord> previous;
          try {
            previous = context.store().ballots().put(record, c.settings().supportLimit());
          } catch (LimitReachedException e) {
            throw new LimitReachedException(
                e.code(),
                Messages.get(actor.locale(), "vote.limit-reached", c.settings().supportLimit()));
          }
          events.add(
              new DomainEvent.BallotCast(
                  c.id(),
                  voter.id(),
                  now,
                  target.id(),
                  ballot,
                  previous.map(BallotRecord::ballot).orElse(null)));
          return record;
        });
  }

  @Override
  public Optional<BallotRecord> retract(Actor actor, RetractBallot command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          Participant voter = voter(actor, c);
          // No visibility check: a voter may always take back a ballot, even on a contribution
          // hidden or withdrawn since, so that it stops counting toward their limit.
          Contribution target =
              context
                  .store()
                  .contributions()
                  .find(c.id(), command.contribution())
                  .orElseThrow(() -> Guard.notFound(actor, "contribution", command.contribution()));
          Optional<BallotRecord> removed =
              context.store().ballots().remove(c.id(), target.id(), voter.id());
          removed.ifPresent(
              b ->
                  events.add(
                      new DomainEvent.BallotRetracted(
                          c.id(), voter.id(), context.now(), target.id(), b.ballot())));
          return removed;
        });
  }

  @Override
  public Optional<BallotRecord> ballot(
      Actor actor, ConsultationId consultation, ContributionId id) {
    ParticipantId voter = actor.participant();
    if (voter == null) {
      return Optional.empty();
    }
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().ballots().find(consultation, id, voter);
        });
  }

  @Override
  public OptionalLong supportsLeft(Actor actor, ConsultationId consultation) {
    ParticipantId voter = Guard.signedIn(actor);
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          int limit = c.settings().supportLimit();
          if (limit == 0) {
            return OptionalLong.empty();
          }
          long used = context.store().ballots().countTowardLimit(c.id(), voter);
          return OptionalLong.of(Math.max(0, limit - used));
        });
  }

  @Override
  public Tally tally(Actor actor, ConsultationId consultation, ContributionId id) {
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          results.requireVisible(actor, c);
          Contribution target = visibility.contribution(actor, c, id);
          return context.store().ballots().tally(c.id(), target.id());
        });
  }

  private Participant voter(Actor actor, Consultation c) {
    guard.allow(actor, Action.VOTE, c.id(), null);
    guard.phase(actor, c, Guard.OPEN);
    guard.feature(actor, c, Feature.VOTES);
    return guard.registered(actor, c.id());
  }
}
