package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;

/** Ballots in the four vote modes, the support limit, changes and retractions. */
class VotesTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;

  /** An open consultation with three of alice's contributions; bob, carol, dave registered. */
  private final class Voting {
    final ConsultationId id;
    final Contribution x;
    final Contribution y;
    final Contribution z;

    Voting(ConsultationSettings settings) {
      id = w.open(settings);
      ThemeId t = w.theme(id, "Mobilité");
      w.register(w.alice, id);
      w.register(w.bob, id);
      w.register(w.carol, id);
      w.register(w.dave, id);
      x = w.submit(w.alice, id, t, "X");
      y = w.submit(w.alice, id, t, "Y");
      z = w.submit(w.alice, id, t, "Z");
    }

    BallotRecord cast(Actor actor, Contribution target, Ballot ballot) {
      return engine.votes().cast(actor, new CastBallot(id, target.id(), ballot));
    }

    Tally tally(Contribution target) {
      return engine.votes().tally(w.organiser, id, target.id());
    }

    OptionalLong left(Actor actor) {
      return engine.votes().supportsLeft(actor, id);
    }
  }

  private static ConsultationSettings mode(VoteMode mode) {
    return ConsultationSettings.defaults().withVoteMode(mode);
  }

  // ---------------------------------------------------------------- the four modes

  @Test
  void supportMode() {
    Voting v = new Voting(mode(VoteMode.SUPPORT));
    v.cast(w.bob, v.x, Ballot.support());
    v.cast(w.carol, v.x, Ballot.support());

    assertThat(v.tally(v.x)).isEqualTo(new Tally(v.x.id(), 2, 0, 0, List.of()));
    assertThat(v.tally(v.y)).isEqualTo(Tally.empty(v.y.id()));
    assertThat(
            Failures.thrown(
                    InvalidInputException.class, () -> v.cast(w.bob, v.y, Ballot.inFavour()))
                .violations()
                .get(0)
                .code())
        .isEqualTo("vote.mode");
  }

  @Test
  void forAgainstMode() {
    Voting v = new Voting(mode(VoteMode.FOR_AGAINST));
    v.cast(w.bob, v.x, Ballot.inFavour());
    v.cast(w.carol, v.x, Ballot.against());
    v.cast(w.dave, v.x, Ballot.neutral());

    assertThat(v.tally(v.x)).isEqualTo(new Tally(v.x.id(), 1, 1, 1, List.of()));
    assertThat(
            Failures.thrown(InvalidInputException.class, () -> v.cast(w.bob, v.y, Ballot.support()))
                .violations()
                .get(0)
                .code())
        .isEqualTo("vote.mode");
  }

  @Test
  void majorityJudgmentMode() {
    Voting v = new Voting(mode(VoteMode.MAJORITY_JUDGMENT).withGradeCount(4));
    v.cast(w.bob, v.x, Ballot.grade(0));
    v.cast(w.carol, v.x, Ballot.grade(3));
    v.cast(w.dave, v.x, Ballot.grade(3));

    assertThat(v.tally(v.x)).isEqualTo(new Tally(v.x.id(), 0, 0, 0, List.of(1L, 0L, 0L, 2L)));
    assertThat(v.tally(v.x).grade(3)).isEqualTo(2);
    InvalidInputException beyond =
        Failures.thrown(InvalidInputException.class, () -> v.cast(w.bob, v.y, Ballot.grade(4)));
    assertThat(beyond.violations().get(0).code()).isEqualTo("vote.grade");
    assertThat(v.tally(v.y)).isEqualTo(Tally.empty(v.y.id()));
    assertThat(
            Failures.thrown(
                    InvalidInputException.class, () -> v.cast(w.bob, v.y, Ballot.approval()))
                .violations()
                .get(0)
                .code())
        .isEqualTo("vote.mode");
  }

  @Test
  void approvalMode() {
    Voting v = new Voting(mode(VoteMode.APPROVAL));
    v.cast(w.bob, v.x, Ballot.approval());
    v.cast(w.bob, v.y, Ballot.approval());
    v.cast(w.carol, v.y, Ballot.approval());

    assertThat(v.tally(v.x).supports()).isEqualTo(1);
    assertThat(v.tally(v.y).supports()).isEqualTo(2);
    assertThat(
            Failures.thrown(InvalidInputException.class, () -> v.cast(w.bob, v.z, Ballot.support()))
                .violations()
                .get(0)
                .code())
        .isEqualTo("vote.mode");
  }

  // ---------------------------------------------------------------- changes and retractions

  @Test
  void changingABallotReplacesItAndMovesTheTally() {
    Voting v = new Voting(mode(VoteMode.FOR_AGAINST));
    BallotRecord first = v.cast(w.bob, v.x, Ballot.inFavour());
    w.clock.advance(Duration.ofMinutes(5));

    BallotRecord changed = v.cast(w.bob, v.x, Ballot.against());

    assertThat(v.tally(v.x)).isEqualTo(new Tally(v.x.id(), 0, 1, 0, List.of()));
    assertThat(changed.castAt()).isEqualTo(first.castAt());
    assertThat(changed.updatedAt()).isEqualTo(first.castAt().plus(Duration.ofMinutes(5)));
    assertThat(engine.votes().ballot(w.bob, v.id, v.x.id())).contains(changed);
    assertThat(w.events)
        .contains(
            new DomainEvent.BallotCast(
                v.id,
                w.bob.participant(),
                changed.updatedAt(),
                v.x.id(),
                Ballot.against(),
                Ballot.inFavour()));
  }

  @Test
  void retractingRemovesTheBallotAndRetractingNothingChangesNothing() {
    Voting v = new Voting(mode(VoteMode.SUPPORT));
    v.cast(w.bob, v.x, Ballot.support());
    int events = w.events.size();

    Optional<BallotRecord> removed =
        engine.votes().retract(w.bob, new RetractBallot(v.id, v.x.id()));
    Optional<BallotRecord> nothing =
        engine.votes().retract(w.bob, new RetractBallot(v.id, v.x.id()));

    assertThat(removed).map(BallotRecord::ballot).contains(Ballot.support());
    assertThat(nothing).isEmpty();
    assertThat(v.tally(v.x)).isEqualTo(Tally.empty(v.x.id()));
    assertThat(engine.votes().ballot(w.bob, v.id, v.x.id())).isEmpty();
    assertThat(w.events.subList(events, w.events.size()))
        .containsExactly(
            new DomainEvent.BallotRetracted(
                v.id, w.bob.participant(), w.clock.instant(), v.x.id(), Ballot.support()));
  }

  // ---------------------------------------------------------------- the support limit

  @Test
  void theSupportLimitRefusesOneSupportTooMany() {
    Voting v = new Voting(mode(VoteMode.SUPPORT).withSupportLimit(2));
    assertThat(v.left(w.bob)).hasValue(2);
    v.cast(w.bob, v.x, Ballot.support());
    assertThat(v.left(w.bob)).hasValue(1);
    v.cast(w.bob, v.y, Ballot.support());
    assertThat(v.left(w.bob)).hasValue(0);
    int events = w.events.size();

    LimitReachedException e =
        Failures.thrown(LimitReachedException.class, () -> v.cast(w.bob, v.z, Ballot.support()));
    LimitReachedException en =
        Failures.thrown(
            LimitReachedException.class,
            () -> v.cast(w.bob.withLocale(Locale.ENGLISH), v.z, Ballot.support()));

    assertThat(e.code()).isEqualTo("vote.limit-reached");
    assertThat(e.getMessage()).isEqualTo("Vous avez déjà donné tous vos soutiens (2).");
    assertThat(en.getMessage()).isEqualTo("You have already given all your supports (2).");
    assertThat(v.tally(v.z)).isEqualTo(Tally.empty(v.z.id()));
    assertThat(engine.votes().ballot(w.bob, v.id, v.z.id())).isEmpty();
    assertThat(v.left(w.bob)).hasValue(0);
    assertThat(w.events).hasSize(events);
    // The limit is per participant.
    assertThat(v.left(w.carol)).hasValue(2);
    v.cast(w.carol, v.z, Ballot.support());
  }

  @Test
  void castingTheSameSupportAgainDoesNotUseTheLimitTwice() {
    Voting v = new Voting(mode(VoteMode.SUPPORT).withSupportLimit(2));
    v.cast(w.bob, v.x, Ballot.support());
    v.cast(w.bob, v.y, Ballot.support());

    v.cast(w.bob, v.x, Ballot.support());

    assertThat(v.left(w.bob)).hasValue(0);
    assertThat(v.tally(v.x).supports()).isEqualTo(1);
  }

  @Test
  void changingABallotOnTheSameContributionDoesNotUseAnotherSupport() {
    Voting v = new Voting(mode(VoteMode.FOR_AGAINST).withSupportLimit(1));
    v.cast(w.bob, v.x, Ballot.inFavour());
    assertThat(v.left(w.bob)).hasValue(0);

    v.cast(w.bob, v.x, Ballot.against()); // frees the support
    assertThat(v.left(w.bob)).hasValue(1);
    v.cast(w.bob, v.y, Ballot.inFavour());
    assertThat(v.left(w.bob)).hasValue(0);
    v.cast(w.bob, v.y, Ballot.inFavour()); // the same again: still one support
    v.cast(w.bob, v.z, Ballot.neutral()); // does not count toward the limit

    assertThat(v.left(w.bob)).hasValue(0);
    Failures.thrown(LimitReachedException.class, () -> v.cast(w.bob, v.x, Ballot.inFavour()));
    assertThat(v.tally(v.x)).isEqualTo(new Tally(v.x.id(), 0, 1, 0, List.of()));
    assertThat(v.tally(v.y)).isEqualTo(new Tally(v.y.id(), 1, 0, 0, List.of()));
    assertThat(v.tally(v.z)).isEqualTo(new Tally(v.z.id(), 0, 0, 1, List.of()));
  }

  @Test
  void retractingFreesASupport() {
    Voting v = new Voting(mode(VoteMode.APPROVAL).withSupportLimit(1));
    v.cast(w.bob, v.x, Ballot.approval());
    Failures.thrown(LimitReachedException.class, () -> v.cast(w.bob, v.y, Ballot.approval()));

    engine.votes().retract(w.bob, new RetractBallot(v.id, v.x.id()));

    assertThat(v.left(w.bob)).hasValue(1);
    v.cast(w.bob, v.y, Ballot.approval());
    assertThat(v.left(w.bob)).hasValue(0);
  }

  @Test
  void aBallotOnAWithdrawnContributionStillCountsUntilRetracted() {
    Voting v = new Voting(mode(VoteMode.SUPPORT).withSupportLimit(1));
    v.cast(w.bob, v.x, Ballot.support());
    engine.contributions().withdraw(w.alice, new WithdrawContribution(v.id, v.x.id()));

    assertThat(v.left(w.bob)).hasValue(0);
    Failures.thrown(LimitReachedException.class, () -> v.cast(w.bob, v.y, Ballot.support()));

    assertThat(engine.votes().retract(w.bob, new RetractBallot(v.id, v.x.id()))).isPresent();
    assertThat(v.left(w.bob)).hasValue(1);
  }

  @Test
  void withoutALimitThereIsNoCountOfSupportsLeft() {
    Voting v = new Voting(mode(VoteMode.SUPPORT));
    v.cast(w.bob, v.x, Ballot.support());
    assertThat(v.left(w.bob)).isEmpty();
  }

  // ---------------------------------------------------------------- what can be voted on

  @Test
  void ballotsAreCastOnPublishedContributionsOnly() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Mobilité");
    w.register(w.alice, pre);
    w.register(w.bob, pre);
    Contribution pending = w.submit(w.alice, pre, t, "En attente");

    // Its author sees it, but may not vote on it while it waits.
    InvalidInputException byAuthor =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine.votes().cast(w.alice, new CastBallot(pre, pending.id(), Ballot.support())));
    assertThat(byAuthor.violations().get(0).code()).isEqualTo("vote.not-published");
    // Others do not see it at all.
    Failures.thrown(
        NotFoundException.class,
        () -> engine.votes().cast(w.bob, new CastBallot(pre, pending.id(), Ballot.support())));

    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(pre, ContentRef.of(pending.id()), ModerationAction.APPROVE, "ok"));
    engine.votes().cast(w.bob, new CastBallot(pre, pending.id(), Ballot.support()));
    assertThat(engine.votes().tally(w.bob, pre, pending.id()).supports()).isEqualTo(1);
  }

  @Test
  void theRankingCountsTheBallots() {
    Voting v = new Voting(mode(VoteMode.SUPPORT));
    v.cast(w.bob, v.z, Ballot.support());
    v.cast(w.carol, v.z, Ballot.support());
    v.cast(w.dave, v.y, Ballot.support());

    assertThat(engine.rankings().rank(w.visitor, RankingQuery.of(v.id)).order())
        .containsExactly(v.z.id(), v.y.id(), v.x.id());
    assertThat(engine.rankings().rank(w.visitor, RankingQuery.of(v.id).rule("support")).rule())
        .isEqualTo("support");
  }
}
