package org.openconsultation.core.research;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;

/**
 * A seeded simulation of a consultation, for comparing ranking rules against a known truth.
 *
 * <p>The model, all of it drawn from one {@link SplittableRandom} seeded by {@link
 * SimulationConfig#seed()}:
 *
 * <ol>
 *   <li>Items: each has a latent quality q ~ N(qualityMean, qualitySpread²) and a submission time
 *       uniform over the first {@code itemWindow} of the duration; items are numbered by submission
 *       time.
 *   <li>Voters arrive one by one at times uniform over the duration (or, with {@code arrivalDecay}
 *       λ &gt; 0, with density ∝ e^(−λt/duration)).
 *   <li>An arriving voter sees the items submitted so far, ordered by the {@code display} rule on
 *       the ballots cast so far (ranked at the arrival time, with a seed of the voter's own for
 *       rules that shuffle).
 *   <li>Exposure: the voter examines the item at position p (from 0) with probability
 *       1/(1+p)^positionBias, and votes on each item examined.
 *   <li>Opinion: u = q + noise·ε + herding·(2s − 1), with ε ~ N(0, 1) drawn per voter and item, and
 *       s = (f + 1)/(e + 2) the visible share of favourable ballots among the e voters who examined
 *       the item so far, f of whom were favourable.
 *   <li>Ballot: support or approval if u &gt; 0 (else none); for if u &gt; 0.25, against if u &lt;
 *       −0.25, else neutral; or grade ⌊G·σ(u)⌋ (capped at G−1) with σ the logistic function. A
 *       ballot is favourable if it is a support, an approval, a vote for or a grade in the upper
 *       half. Each voter's ballots are one millisecond apart from the arrival time.
 * </ol>
 *
 * <p>The cost is one ranking of the visible items per voter. The same configuration always gives
 * the same result, on any JVM: normal deviates come from the polar method on {@link
 * SplittableRandom#nextDouble()}, not from JDK methods whose algorithm may change.
 */
public final class Simulation {

  /** Half the width of the neutral band of for/against/neutral ballots. */
  static final double NEUTRAL_BAND = 0.25;

  private final SimulationConfig config;
  private final SplittableRandom random;
  private final SplittableRandom seeds;
  private final Instant[] submitted;
  private final double[] quality;
  private final long[][] counts; // per item: supports, against, neutral, grade 0…9
  private final long[] examined;
  private final long[] favourable;
  private final ConsultationSettings settings;

  private Simulation(SimulationConfig config) {
    this.config = config;
    SplittableRandom root = new SplittableRandom(config.seed());
    SplittableRandom itemRandom = root.split();
    this.seeds = root.split();
    this.random = root.split();
    int n = config.items();
    this.quality = new double[n];
    for (int i = 0; i < n; i++) {
      quality[i] = config.qualityMean() + config.qualitySpread() * gaussian(itemRandom);
    }
    long window = (long) (config.itemWindow() * config.duration().toMillis());
    long[] offsets = new long[n];
    for (int i = 0; i < n; i++) {
      offsets[i] = window == 0 ? 0 : itemRandom.nextLong(window + 1);
    }
    Arrays.sort(offsets);
    this.submitted = new Instant[n];
    for (int i = 0; i < n; i++) {
      submitted[i] = config.start().plusMillis(offsets[i]);
    }
    this.counts = new long[n][3 + Ballot.MAX_GRADES];
    this.examined = new long[n];
    this.favourable = new long[n];
    this.settings =
        ConsultationSettings.defaults()
            .withVoteMode(config.voteMode())
            .withGradeCount(config.gradeCount());
  }

  /** Runs the simulation described by {@code config}. */
  public static SimulationResult run(SimulationConfig config) {
    return new Simulation(Objects.requireNonNull(config, "config")).run();
  }

  private SimulationResult run() {
    Dataset.Builder data =
        Dataset.builder().voteMode(config.voteMode()).gradeCount(config.gradeCount());
    for (int i = 0; i < quality.length; i++) {
      data.item(DatasetItem.of(id(i), submitted[i]));
    }
    Instant[] arrivals = arrivals();
    for (int v = 0; v < arrivals.length; v++) {
      String voter = "v" + (v + 1);
      Instant arrival = arrivals[v];
      List<RankingEntry> shown = show(arrival);
      int cast = 0;
      for (int p = 0; p < shown.size(); p++) {
        if (random.nextDouble() >= Math.pow(1 + p, -config.positionBias())) {
          continue;
        }
        int item = (int) shown.get(p).reference().number() - 1;
        Ballot ballot = vote(item);
        if (ballot != null) {
          counts[item][Recount.slot(ballot)]++;
          data.ballot(voter, id(item), ballot, arrival.plusMillis(cast++));
        }
      }
    }
    List<Double> truth = Arrays.stream(quality).boxed().toList();
    return new SimulationResult(config, data.build(), truth);
  }

  /** The arrival times, sorted. */
  private Instant[] arrivals() {
    double lambda = config.arrivalDecay();
    long millis = config.duration().toMillis();
    long[] offsets = new long[config.voters()];
    for (int v = 0; v < offsets.length; v++) {
      double u = random.nextDouble();
      double share = lambda == 0 ? u : -Math.log1p(-u * -Math.expm1(-lambda)) / lambda;
      offsets[v] = Math.min(millis - 1, (long) (share * millis));
    }
    Arrays.sort(offsets);
    return Arrays.stream(offsets)
        .mapToObj(o -> config.start().plusMillis(o))
        .toArray(Instant[]::new);
  }

  /** The visible items, ordered by the display rule. */
  private List<RankingEntry> show(Instant now) {
    List<RankingItem> visible = new ArrayList<>();
    for (int i = 0; i < quality.length && !submitted[i].isAfter(now); i++) {
      long[] c = counts[i];
      List<Long> grades = new ArrayList<>(Ballot.MAX_GRADES);
      for (int g = 0; g < Ballot.MAX_GRADES; g++) {
        grades.add(c[3 + g]);
      }
      visible.add(
          new RankingItem(
              Dataset.contributionId(i),
              new Reference(i + 1L),
              ContributionKind.INDIVIDUAL,
              Dataset.themeId(null),
              null,
              submitted[i],
              0,
              new Tally(Dataset.contributionId(i), c[0], c[1], c[2], grades),
              0));
    }
    if (visible.isEmpty()) {
      return List.of();
    }
    return config.display().rank(visible, new RankingContext(now, settings, seeds.nextLong()));
  }

  /** The ballot of the current voter on {@code item}, or null for none; updates what is seen. */
  private @Nullable Ballot vote(int item) {
    double share = (favourable[item] + 1.0) / (examined[item] + 2.0);
    double u =
        quality[item] + config.noise() * gaussian(random) + config.herding() * (2 * share - 1);
    Ballot ballot;
    boolean good;
    switch (config.voteMode()) {
      case SUPPORT:
        ballot = u > 0 ? Ballot.support() : null;
        good = u > 0;
        break;
      case APPROVAL:
        ballot = u > 0 ? Ballot.approval() : null;
        good = u > 0;
        break;
      case MAJORITY_JUDGMENT:
        int grades = config.gradeCount();
        int grade = (int) Math.min(grades - 1, Math.floor(grades / (1 + Math.exp(-u))));
        ballot = Ballot.grade(grade);
        good = 2 * grade >= grades;
        break;
      default:
        ballot =
            u > NEUTRAL_BAND
                ? Ballot.inFavour()
                : u < -NEUTRAL_BAND ? Ballot.against() : Ballot.neutral();
        good = u > NEUTRAL_BAND;
        break;
    }
    examined[item]++;
    favourable[item] += good ? 1 : 0;
    return ballot;
  }

  static String id(int item) {
    return "i" + (item + 1);
  }

  /** A standard normal deviate by Marsaglia's polar method. */
  static double gaussian(SplittableRandom random) {
    double x;
    double y;
    double s;
    do {
      x = 2 * random.nextDouble() - 1;
      y = 2 * random.nextDouble() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s == 0);
    return x * Math.sqrt(-2 * Math.log(s) / s);
  }
}
