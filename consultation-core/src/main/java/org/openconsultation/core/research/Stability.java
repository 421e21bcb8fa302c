package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;

/**
 * How much a rule's ranking depends on who happened to vote: the dataset's voters are resampled,
 * the items ranked again (in {@link Dataset#context()}), and each new ranking compared with the one
 * on the full data.
 *
 * <p>The units resampled are the voters (all of a voter's counted ballots go or stay together) and,
 * for ballots known only as totals ({@link DatasetItem#counts()}), each such ballot on its own.
 * Seeded: the same dataset, rule, parameters and seed give the same report. Each resample costs a
 * recount, O(ballots + totals), and a ranking.
 */
public final class Stability {

  private Stability() {}

  /**
   * The bootstrap: each resample draws as many units as there are, with replacement (a unit drawn
   * twice counts twice, one not drawn is removed).
   */
  public static StabilityReport bootstrap(
      Dataset dataset, RankingRule rule, int resamples, long seed) {
    return run(dataset, rule, resamples, seed, 1.0, "bootstrap");
  }

  /**
   * Removal: each resample keeps a random {@code keep} share (rounded) of the units, without
   * replacement, and removes the others.
   */
  public static StabilityReport subsample(
      Dataset dataset, RankingRule rule, double keep, int resamples, long seed) {
    if (!(keep > 0 && keep <= 1)) {
      throw new IllegalArgumentException("keep must be in (0, 1], got " + keep);
    }
    String method = String.format(Locale.ROOT, "subsample %.0f%%", keep * 100);
    return run(dataset, rule, resamples, seed, keep, method);
  }

  private static StabilityReport run(
      Dataset dataset, RankingRule rule, int resamples, long seed, double keep, String method) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(rule, "rule");
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1");
    }
    RankingContext context = dataset.context();
    int n = dataset.size();
    int[] full = positions(rule.rank(dataset.rankingItems(), context), n);
    Units units = new Units(dataset);
    SplittableRandom random = new SplittableRandom(seed);
    int[][] ranks = new int[n][resamples];
    List<Double> taus = new ArrayList<>(resamples);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int r = 0; r < resamples; r++) {
      List<RankingItem> items =
          keep == 1.0 ? units.bootstrap(random) : units.subsample(random, keep);
      int[] resampled = positions(rule.rank(items, context), n);
      for (int i = 0; i < n; i++) {
        ranks[i][r] = resampled[i] + 1;
        x[i] = full[i];
        y[i] = resampled[i];
      }
      taus.add(KendallTau.tauB(x, y));
    }
    String[] order = new String[n];
    RankInterval[] intervals = new RankInterval[n];
    for (int i = 0; i < n; i++) {
      String id = dataset.items().get(i).id();
      order[full[i]] = id;
      Arrays.sort(ranks[i]);
      intervals[full[i]] =
          new RankInterval(
              id, full[i] + 1, percentile(ranks[i], 0.025), percentile(ranks[i], 0.975));
    }
    return new StabilityReport(
        rule.name(), method, Arrays.asList(order), taus, Arrays.asList(intervals));
  }

  /** Item index (reference − 1) to its position in the ranking, from 0. */
  private static int[] positions(List<RankingEntry> entries, int n) {
    if (entries.size() != n) {
      throw new IllegalStateException("the rule ranked " + entries.size() + " of " + n + " items");
    }
    int[] positions = new int[n];
    for (int p = 0; p < n; p++) {
      positions[(int) entries.get(p).reference().number() - 1] = p;
    }
    return positions;
  }

  /** Nearest-rank percentile of sorted values. */
  private static int percentile(int[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** The resampling units of a dataset: its voters, then each ballot known only as a total. */
  private static final class Units {

    private final Dataset dataset;
    private final int voters;
    private final long[] cells; // per (item, slot): the count of anonymous ballots
    private final long[] cumulative;
    private final long total;

    Units(Dataset dataset) {
      this.dataset = dataset;
      this.voters = dataset.voters().size();
      int slots = 3 + Ballot.MAX_GRADES;
      this.cells = new long[dataset.size() * slots];
      this.cumulative = new long[cells.length];
      long sum = 0;
      for (int i = 0; i < dataset.size(); i++) {
        Counts c = dataset.items().get(i).counts();
        cells[i * slots] = c.supports();
        cells[i * slots + 1] = c.oppositions();
        cells[i * slots + 2] = c.neutrals();
        for (int g = 0; g < Ballot.MAX_GRADES; g++) {
          cells[i * slots + 3 + g] = c.grade(g);
        }
      }
      for (int k = 0; k < cells.length; k++) {
        sum += cells[k];
        cumulative[k] = sum;
      }
      this.total = sum;
    }

    List<RankingItem> bootstrap(SplittableRandom random) {
      int[] weights = new int[voters];
      long[] drawn = new long[cells.length];
      long units = voters + total;
      for (long d = 0; d < units; d++) {
        long unit = random.nextLong(units);
        if (unit < voters) {
          weights[(int) unit]++;
        } else {
          int cell = Arrays.binarySearch(cumulative, unit - voters + 1);
          drawn[cell < 0 ? -cell - 1 : firstOf(cell)]++;
        }
      }
      return dataset.rankingItems(weights, totals(drawn));
    }

    List<RankingItem> subsample(SplittableRandom random, double keep) {
      long units = voters + total;
      long needed = Math.round(keep * units);
      int[] weights = new int[voters];
      long[] kept = new long[cells.length];
      long remaining = units;
      for (int v = 0; v < voters; v++, remaining--) {
        if (random.nextLong(remaining) < needed) {
          weights[v] = 1;
          needed--;
        }
      }
      for (int k = 0; k < cells.length; k++) {
        for (long b = 0; b < cells[k]; b++, remaining--) {
          if (random.nextLong(remaining) < needed) {
            kept[k]++;
            needed--;
          }
        }
      }
      return dataset.rankingItems(weights, totals(kept));
    }

    /** The first cell whose cumulative count equals the one at {@code cell} (skips empty cells). */
    private int firstOf(int cell) {
      int first = cell;
      while (first > 0 && cumulative[first - 1] == cumulative[cell]) {
        first--;
      }
      return first;
    }

    private List<Counts> totals(long[] drawn) {
      int slots = 3 + Ballot.MAX_GRADES;
      List<Counts> totals = new ArrayList<>(dataset.size());
      for (int i = 0; i < dataset.size(); i++) {
        List<Long> grades = new ArrayList<>(Ballot.MAX_GRADES);
        for (int g = 0; g < Ballot.MAX_GRADES; g++) {
          grades.add(drawn[i * slots + 3 + g]);
        }
        totals.add(
            new Counts(drawn[i * slots], drawn[i * slots + 1], drawn[i * slots + 2], grades));
      }
      return totals;
    }
  }
}
