package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.votes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * The seeded Fisher–Yates shuffle: stable for a seed, different across seeds, and uniform. The
 * uniformity tests run over fixed seeds, so they give the same verdict on every run; their bounds
 * are the chi-square quantiles at 1 − 10⁻⁶.
 */
class ShuffleRuleTest {

  private static final ShuffleRule RULE = new ShuffleRule();

  private static List<RankingItem> items(int n) {
    List<RankingItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      items.add(votes(i, i, 0));
    }
    return items;
  }

  private static RankingContext seeded(long seed) {
    return new RankingContext(NOW, ConsultationSettings.defaults(), seed);
  }

  private static List<Long> order(List<RankingEntry> entries) {
    return entries.stream().map(e -> e.reference().number()).toList();
  }

  @Test
  void oneSeedAlwaysGivesTheSameOrderWhateverTheInputOrder() {
    List<RankingItem> items = items(12);
    List<RankingItem> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);

    List<RankingEntry> first = RULE.rank(items, seeded(42));
    assertThat(RULE.rank(reversed, seeded(42))).isEqualTo(first);
    assertThat(RULE.rank(items, seeded(42))).isEqualTo(first);
    assertThat(first)
        .extracting(RankingEntry::rank)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(first).extracting(RankingEntry::score).containsOnly(0.0);
    assertThat(first.get(0).explanation()).isEqualTo("random position 1 of 12");
  }

  @Test
  void differentSeedsGiveDifferentOrders() {
    List<RankingItem> items = items(12);
    Set<List<Long>> orders = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      orders.add(order(RULE.rank(items, seeded(seed))));
    }
    // 12! orders: 100 seeds all differ unless the shuffle is broken.
    assertThat(orders).hasSize(100);
  }

  @Test
  void everyOrderOfFourItemsIsEquallyLikely() {
    assertThat(chiSquareOverOrders(seed -> order(RULE.rank(items(4), seeded(seed)))))
        .isLessThan(70.55); // 23 degrees of freedom
  }

  @Test
  void eachItemLandsInEachPositionEquallyOften() {
    int n = 6;
    int seeds = 60_000;
    long[][] counts = new long[n][n];
    List<RankingItem> items = items(n);
    for (long seed = 0; seed < seeds; seed++) {
      List<Long> order = order(RULE.rank(items, seeded(seed)));
      for (int position = 0; position < n; position++) {
        counts[(int) (order.get(position) - 1)][position]++;
      }
    }
    double expected = (double) seeds / n;
    double chi = 0;
    for (long[] row : counts) {
      for (long observed : row) {
        chi += (observed - expected) * (observed - expected) / expected;
      }
    }
    assertThat(chi).isLessThan(73.89); // 25 degrees of freedom
  }

  /** The same test catches a biased shuffle: sorting by reference × a random number. */
  @Test
  void theTestRejectsOrderByIdTimesRandom() {
    LongFunction<List<Long>> biased =
        seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          Map<Long, Double> keys = new HashMap<>();
          for (long ref = 1; ref <= 4; ref++) {
            keys.put(ref, ref * random.nextDouble());
          }
          List<Long> order = new ArrayList<>(keys.keySet());
          order.sort(Comparator.comparing(keys::get));
          return order;
        };
    assertThat(chiSquareOverOrders(biased)).isGreaterThan(1000);
    // So does java.util.Random seeded with consecutive seeds: its first draws are correlated,
    // which is why the rule draws from SplittableRandom.
    assertThat(
            chiSquareOverOrders(
                seed -> {
                  List<Long> order = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
                  Collections.shuffle(order, new Random(seed));
                  return order;
                }))
        .isGreaterThan(70.55);
  }

  /** Pearson's statistic of the 24 orders of 4 items over 24,000 seeds (1,000 expected each). */
  private static double chiSquareOverOrders(LongFunction<List<Long>> shuffle) {
    int seeds = 24_000;
    Map<List<Long>, Long> counts = new HashMap<>();
    for (long seed = 0; seed < seeds; seed++) {
      counts.merge(shuffle.apply(seed), 1L, Long::sum);
    }
    double expected = seeds / 24.0;
    double chi = (24 - counts.size()) * expected; // orders never drawn
    for (long observed : counts.values()) {
      chi += (observed - expected) * (observed - expected) / expected;
    }
    return chi;
  }
}
