package org.openconsultation.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/** Many threads voting at once on a few contributions, with a support limit. */
class InMemoryStoreConcurrencyTest {

  private static final int THREADS = 16;
  private static final int OPERATIONS = 2_000;
  private static final int LIMIT = 3;

  private final InMemoryStore store = new InMemoryStore();
  private final ConsultationId cid = Fixtures.consultation("plan-velo").id();
  private final List<ContributionId> contributions =
      IntStream.range(0, 6).mapToObj(i -> new ContributionId(UUID.randomUUID())).toList();

  @Test
  @Timeout(120)
  void concurrentVotesKeepEveryTallyEqualToARecountAndNoParticipantOverTheLimit() throws Exception {
    List<String> participants = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7");

    onThreads(
        thread -> {
          Random random = new Random(thread);
          for (int i = 0; i < OPERATIONS; i++) {
            ContributionId contribution = pick(random, contributions);
            String participant = pick(random, participants);
            try {
              randomOperation(random, contribution, participant);
            } catch (LimitReachedException | RolledBack expected) {
              // Refused votes and rolled-back transactions are part of the load.
            }
          }
        });

    Map<ContributionId, Tally> stored = new HashMap<>();
    store.ballots().forEachTally(cid, tally -> stored.put(tally.contributionId(), tally));
    assertThat(stored).isNotEmpty().isEqualTo(store.ballots().recount(cid));
    for (String participant : participants) {
      ParticipantId id = ParticipantId.of(participant);
      List<BallotRecord> own = new ArrayList<>();
      store.ballots().forEachBallotOf(cid, id, own::add);
      long counting = own.stream().filter(b -> b.ballot().countsTowardLimit()).count();
      assertThat(counting).isLessThanOrEqualTo(LIMIT);
      assertThat(store.ballots().countTowardLimit(cid, id)).isEqualTo(counting);
    }
  }

  @Test
  @Timeout(120)
  void concurrentVotesLoseNoBallotAndRefuseExactlyTheVotesOverTheLimit() throws Exception {
    List<Map<String, Map<ContributionId, BallotRecord>>> models = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      models.add(new HashMap<>());
    }

    onThreads(
        thread -> {
          Random random = new Random(1_000 + thread);
          Map<String, Map<ContributionId, BallotRecord>> model = models.get(thread);
          List<String> own = List.of("t" + thread + "-a", "t" + thread + "-b");
          for (int i = 0; i < OPERATIONS; i++) {
            ContributionId contribution = pick(random, contributions);
            String participant = pick(random, own);
            Map<ContributionId, BallotRecord> votes =
                model.computeIfAbsent(participant, p -> new HashMap<>());
            if (random.nextInt(4) == 0) {
              BallotRecord removed = votes.remove(contribution);
              assertThat(store.ballots().remove(cid, contribution, ParticipantId.of(participant)))
                  .isEqualTo(Optional.ofNullable(removed));
              continue;
            }
            BallotRecord ballot =
                Fixtures.ballot(cid, contribution, participant, randomBallot(random));
            boolean overLimit =
                ballot.ballot().countsTowardLimit() && others(votes, ballot) >= LIMIT;
            try {
              Optional<BallotRecord> replaced = store.ballots().put(ballot, LIMIT);
              assertThat(overLimit).as("accepted a vote over the limit").isFalse();
              assertThat(replaced).isEqualTo(Optional.ofNullable(votes.put(contribution, ballot)));
            } catch (LimitReachedException refused) {
              assertThat(overLimit).as("refused a vote within the limit").isTrue();
            }
          }
        });

    for (Map<String, Map<ContributionId, BallotRecord>> model : models) {
      model.forEach(
          (participant, votes) -> {
            List<BallotRecord> stored = new ArrayList<>();
            store.ballots().forEachBallotOf(cid, ParticipantId.of(participant), stored::add);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(votes.values());
          });
    }
    Map<ContributionId, Tally> stored = new HashMap<>();
    store.ballots().forEachTally(cid, tally -> stored.put(tally.contributionId(), tally));
    assertThat(stored).isEqualTo(store.ballots().recount(cid));
  }

  /** A put, a removal, a put in a transaction that rolls back, or a committed move of a vote. */
  private void randomOperation(Random random, ContributionId contribution, String participant) {
    ParticipantId id = ParticipantId.of(participant);
    BallotRecord ballot = Fixtures.ballot(cid, contribution, participant, randomBallot(random));
    int dice = random.nextInt(10);
    if (dice < 6) {
      store.ballots().put(ballot, LIMIT);
    } else if (dice < 8) {
      store.ballots().remove(cid, contribution, id);
    } else if (dice < 9) {
      store
          .transactions()
          .run(
              () -> {
                store.ballots().put(ballot, LIMIT);
                throw new RolledBack();
              });
    } else {
      ContributionId from = pick(random, contributions);
      store
          .transactions()
          .run(
              () -> {
                store.ballots().remove(cid, from, id);
                store.ballots().put(ballot, LIMIT);
              });
    }
  }

  private static long others(Map<ContributionId, BallotRecord> votes, BallotRecord ballot) {
    return votes.values().stream()
        .filter(b -> !b.contributionId().equals(ballot.contributionId()))
        .filter(b -> b.ballot().countsTowardLimit())
        .count();
  }

  private static Ballot randomBallot(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Ballot.support();
      case 1 -> Ballot.inFavour();
      case 2 -> Ballot.against();
      case 3 -> Ballot.neutral();
      case 4 -> Ballot.approval();
      default -> Ballot.grade(random.nextInt(6));
    };
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Runs {@code work} with indexes 0 to {@value #THREADS} - 1 on as many threads at once. */
  private static void onThreads(IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  work.accept(thread);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(100, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
      fail("worker threads did not stop");
    }
  }

  /** Thrown to roll a transaction back. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
