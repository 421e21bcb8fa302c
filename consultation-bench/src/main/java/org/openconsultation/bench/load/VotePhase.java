package org.openconsultation.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionId;

/**
 * The vote path: each vote its own transaction, from a number of client threads, through the engine
 * ({@code votes().cast}) and through {@link RawVote}, alternately (A/B/A/B) on fresh consultations,
 * after a warm-up of each.
 */
final class VotePhase {

  /**
   * The seats of one run: vote {@code i} is participant {@code i % P} on contribution {@code i % C}
   * with an odd {@code C}, distinct for {@code i < P·C} (Chinese remainders): consecutive votes
   * touch other tally and quota rows, so threads do not queue on one row.
   */
  private static final int PARTICIPANTS = 32;

  private final World world;
  private final RawVote raw;
  private final int votes;

  VotePhase(World world, Target target, int votes) {
    this.world = world;
    this.raw = new RawVote(target);
    this.votes = votes;
  }

  /** Runs the phase at {@code threads} client threads; returns its figures. */
  Map<String, Object> run(int threads) throws Exception {
    run(true, threads, Math.max(50, votes / 4), new Latencies());
    run(false, threads, Math.max(50, votes / 4), new Latencies());
    Latencies engine = new Latencies();
    Latencies direct = new Latencies();
    for (int round = 0; round < 2; round++) {
      run(true, threads, votes / 2, engine);
      run(false, threads, votes / 2, direct);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("threads", threads);
    figures.put("votesPerSide", engine.count());
    figures.put("engine", Report.side(engine));
    figures.put("raw", Report.side(direct));
    figures.put("ratio", engine.throughput() / direct.throughput());
    return figures;
  }

  private void run(boolean viaEngine, int threads, int count, Latencies into) throws Exception {
    int contributions = ((count + PARTICIPANTS - 1) / PARTICIPANTS) | 1;
    World.Open open = world.open(contributions, PARTICIPANTS);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Actor voter = open.participants().get(i % PARTICIPANTS);
                    ContributionId target = open.contributions().get(i % contributions);
                    long begin = System.nanoTime();
                    if (viaEngine) {
                      world
                          .engine()
                          .votes()
                          .cast(voter, new CastBallot(open.id(), target, Ballot.support()));
                    } else {
                      raw.cast(
                          open.id().value(),
                          target.value(),
                          java.util.Objects.requireNonNull(voter.participant()).value(),
                          World.NOW);
                    }
                    into.add(System.nanoTime() - begin);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      into.addWall(System.nanoTime() - start);
    } finally {
      pool.shutdown();
    }
  }
}
