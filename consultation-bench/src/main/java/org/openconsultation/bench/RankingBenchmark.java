package org.openconsultation.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ranking a large consultation with each rule, against two raw baselines measured in the same run:
 * {@link #sortDoubles} sorts a copy of precomputed primitive doubles, {@link #sortKeyed} sorts a
 * copy of the items boxed with a precomputed double key. {@link RankingBench} runs it and turns the
 * times into ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {

  /** The seed of the items, the keys and the context. */
  public static final long SEED = 20_260_302L;

  /** The items, their precomputed keys and the context, built once per trial. */
  @State(Scope.Benchmark)
  public static class Data {

    /** How many contributions to rank. */
    @Param("100000")
    public int items;

    List<RankingItem> list;
    double[] keys;
    List<Keyed> keyed;
    RankingContext context;

    /** Builds the items; keys are uniform doubles, drawn independently of the items' order. */
    @Setup(Level.Trial)
    public void build() {
      list = Contributions.generate(items, SEED);
      SplittableRandom random = new SplittableRandom(SEED + 1);
      keys = new double[items];
      List<Keyed> boxed = new ArrayList<>(items);
      for (int i = 0; i < items; i++) {
        keys[i] = random.nextDouble();
        boxed.add(new Keyed(list.get(i), keys[i]));
      }
      keyed = List.copyOf(boxed);
      context =
          new RankingContext(
              Contributions.NOW,
              ConsultationSettings.defaults().withGradeCount(Contributions.GRADES),
              SEED);
    }
  }

  /** The rule under test, by its registered name. */
  @State(Scope.Benchmark)
  public static class Rule {

    /**
     * The rule's name. {@link RankingBench} always passes every name of {@code
     * RankingRules.standard().all()}; this list only serves a bare JMH run.
     */
    @Param({
      "bayesian",
      "central-judgment",
      "controversy",
      "hot",
      "majority-judgment",
      "most-commented",
      "net",
      "recent",
      "shuffle",
      "support",
      "typical-judgment",
      "usual-judgment",
      "wilson"
    })
    public String rule;

    RankingRule resolved;

    /** Looks the rule up; fails the trial if the name is not registered. */
    @Setup(Level.Trial)
    public void resolve() {
      resolved =
          RankingRules.standard()
              .find(rule)
              .orElseThrow(() -> new IllegalArgumentException("no rule named " + rule));
    }
  }

  /** An item with its precomputed key. */
  record Keyed(RankingItem item, double key) {}

  private static final Comparator<Keyed> BY_KEY = Comparator.comparingDouble(Keyed::key).reversed();

  /** The rule ranks every item: scores, tie-breaks, entries and explanations. */
  @Benchmark
  public List<RankingEntry> rank(Data data, Rule rule) {
    return rule.resolved.rank(data.list, data.context);
  }

  /** Baseline: {@code Arrays.sort} on a copy of the precomputed primitive keys. */
  @Benchmark
  public double[] sortDoubles(Data data) {
    double[] copy = data.keys.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** Baseline: a copy of the boxed items sorted by their precomputed key, highest first. */
  @Benchmark
  public List<Keyed> sortKeyed(Data data) {
    List<Keyed> copy = new ArrayList<>(data.keyed);
    copy.sort(BY_KEY);
    return copy;
  }
}
