package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.spi.BallotRepository;

/**
 * Votes cast, changed and retracted at random from 32 threads released together by a start gate,
 * for a fixed number of operations, on a consultation with a support limit. Afterwards no
 * (contribution, participant) holds two ballots, every stored tally equals a recount, nobody
 * exceeds the limit, and the ballots and tallies left are exactly those that the successful calls
 * reported: created minus retracted, value by value (no vote lost or counted twice).
 */
public abstract class VoteConcurrencyContract extends StoreContract {

  private static final int THREADS = 32;
  private static final int OPERATIONS_PER_THREAD = 150;
  private static final int PARTICIPANTS = 12;
  private static final int CONTRIBUTIONS = 6;
  private static final int LIMIT = 3;
  private static final Duration TIME_LIMIT = Duration.ofMinutes(3);

  /** For subclasses. */
  protected VoteConcurrencyContract() {}

  @Test
  void supportsCastAndRetractedFromManyThreadsThroughTheEngineLoseNothing()
      throws InterruptedException {
    hammerTheEngine(VoteMode.SUPPORT, List.of(Ballot.support()), 17L);
  }

  @Test
  void votesForAndAgainstChangedFromManyThreadsThroughTheEngineLoseNothing()
      throws InterruptedException {
    hammerTheEngine(
        VoteMode.FOR_AGAINST, List.of(Ballot.inFavour(), Ballot.against(), Ballot.neutral()), 29L);
  }

  @Test
  void ballotsPutAndRemovedFromManyThreadsOutsideTransactionsLoseNothing()
      throws InterruptedException {
    BallotRepository ballots = store().ballots();
    ConsultationId cid = Samples.consultationId();
    List<ContributionId> contributions = new ArrayList<>();
    for (int i = 0; i < CONTRIBUTIONS; i++) {
      contributions.add(new ContributionId(Samples.uuid(i + 1)));
    }
    List<Ballot> values = List.of(Ballot.support(), Ballot.against(), Ballot.grade(1));
    Ledger ledger = new Ledger();

    List<long[]> outcomes =
        Concurrently.run(
            THREADS,
            TIME_LIMIT,
            thread ->
                () -> {
                  Random random = new Random(41L * 1000 + thread);
                  long[] counts = new long[4]; // casts, retractions, nothing to retract, limit
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    ContributionId c = contributions.get(random.nextInt(CONTRIBUTIONS));
                    ParticipantId p = ParticipantId.of("p" + random.nextInt(PARTICIPANTS));
                    if (random.nextInt(3) == 0) {
                      Optional<BallotRecord> removed = ballots.remove(cid, c, p);
                      removed.ifPresent(b -> ledger.retracted(c, b.ballot()));
                      counts[removed.isPresent() ? 1 : 2]++;
                    } else {
                      Ballot value = values.get(random.nextInt(values.size()));
                      try {
                        Optional<BallotRecord> old =
                            ballots.put(Samples.ballot(cid, c, p.value(), value), LIMIT);
                        ledger.cast(c, value, old.map(BallotRecord::ballot).orElse(null));
                        counts[0]++;
                      } catch (LimitReachedException e) {
                        counts[3]++;
                      }
                    }
                  }
                  return counts;
                });

    long[] total = total(outcomes);
    assertThat(total[0] + total[1] + total[2] + total[3])
        .isEqualTo((long) THREADS * OPERATIONS_PER_THREAD);
    assertThat(ledger.casts()).isEqualTo(total[0]);
    assertThat(ledger.retractions()).isEqualTo(total[1]);
    assertThat(total[3]).as("casts that reached the limit (the test must reach it)").isPositive();
    assertInvariants(ballots, cid, ledger);
  }

  private void hammerTheEngine(VoteMode mode, List<Ballot> values, long seed)
      throws InterruptedException {
    Ledger events = new Ledger();
    EngineFixture fixture =
        EngineFixture.on(
            store(), MutableClock.at("2017-02-10T10:00:00Z"), builder -> builder.listener(events));
    ConsultationEngine engine = fixture.engine();
    ConsultationId cid =
        fixture
            .publishedConsultation(
                "vote-concurrency",
                Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), Samples.PARIS),
                ConsultationSettings.defaults().withVoteMode(mode).withSupportLimit(LIMIT))
            .id();
    ThemeId theme = fixture.theme(cid, "Médiation numérique").id();
    Actor author = fixture.participant(cid, "author");
    List<ContributionId> contributions = new ArrayList<>();
    for (int i = 0; i < CONTRIBUTIONS; i++) {
      SubmitContribution idea = new SubmitContribution(cid, theme, "Idée " + i, "Texte " + i);
      contributions.add(engine.contributions().submit(author, idea).id());
    }
    List<Actor> voters = new ArrayList<>();
    for (int i = 0; i < PARTICIPANTS; i++) {
      voters.add(fixture.participant(cid, "p" + i));
    }

    List<long[]> outcomes =
        Concurrently.run(
            THREADS,
            TIME_LIMIT,
            thread ->
                () -> {
                  Random random = new Random(seed * 1000 + thread);
                  long[] counts = new long[4]; // casts, retractions, nothing to retract, limit
                  for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    Actor voter = voters.get(random.nextInt(PARTICIPANTS));
                    ContributionId c = contributions.get(random.nextInt(CONTRIBUTIONS));
                    if (random.nextInt(3) == 0) {
                      boolean removed =
                          engine.votes().retract(voter, new RetractBallot(cid, c)).isPresent();
                      counts[removed ? 1 : 2]++;
                    } else {
                      Ballot value = values.get(random.nextInt(values.size()));
                      try {
                        engine.votes().cast(voter, new CastBallot(cid, c, value));
                        counts[0]++;
                      } catch (LimitReachedException e) {
                        counts[3]++;
                      }
                    }
                  }
                  return counts;
                });

    long[] total = total(outcomes);
    assertThat(total[0] + total[1] + total[2] + total[3])
        .isEqualTo((long) THREADS * OPERATIONS_PER_THREAD);
    assertThat(events.casts())
        .as("ballot-cast events, one per successful cast")
        .isEqualTo(total[0]);
    assertThat(events.retractions())
        .as("ballot-retracted events, one per retraction that removed a ballot")
        .isEqualTo(total[1]);
    assertThat(total[3]).as("casts that reached the limit (the test must reach it)").isPositive();
    assertInvariants(store().ballots(), cid, events);
  }

  private static void assertInvariants(
      BallotRepository ballots, ConsultationId cid, Ledger reported) {
    List<BallotRecord> stored = new ArrayList<>();
    ballots.forEachBallot(cid, stored::add);

    Set<String> seats = new HashSet<>();
    for (BallotRecord b : stored) {
      assertThat(seats.add(b.contributionId() + "/" + b.participant()))
          .as("one ballot at most for %s on %s", b.participant(), b.contributionId())
          .isTrue();
    }

    Map<ContributionId, Tally> recount = ballots.recount(cid);
    Map<ContributionId, Tally> streamed = new HashMap<>();
    ballots.forEachTally(cid, t -> streamed.put(t.contributionId(), t));
    assertThat(streamed).as("stored tallies equal a recount").isEqualTo(recount);
    recount.forEach(
        (c, tally) -> assertThat(ballots.tally(cid, c)).as("tally of %s", c).isEqualTo(tally));

    Map<ParticipantId, Long> counted = new HashMap<>();
    stored.stream()
        .filter(b -> b.ballot().countsTowardLimit())
        .forEach(b -> counted.merge(b.participant(), 1L, Long::sum));
    for (int p = 0; p < PARTICIPANTS; p++) {
      ParticipantId participant = ParticipantId.of("p" + p);
      assertThat(ballots.countTowardLimit(cid, participant))
          .as("%s's ballots counted toward the limit", participant)
          .isEqualTo(counted.getOrDefault(participant, 0L))
          .isLessThanOrEqualTo(LIMIT);
    }

    assertThat((long) stored.size())
        .as("ballots left: created minus retracted")
        .isEqualTo(reported.ballots());
    assertThat(recount)
        .as("tallies: what the successful calls reported")
        .isEqualTo(reported.tallies());
  }

  private static long[] total(List<long[]> outcomes) {
    long[] total = new long[outcomes.get(0).length];
    for (long[] outcome : outcomes) {
      for (int i = 0; i < total.length; i++) {
        total[i] += outcome[i];
      }
    }
    return total;
  }
}
