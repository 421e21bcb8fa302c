package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.id;
import static org.openconsultation.core.ranking.Items.rankOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;
import org.quicktheories.core.Gen;

/** Properties every built-in rule keeps, checked on random items with many ties. */
class RulePropertiesTest {

  private static final List<RankingRule> RULES = RankingRules.standard().all();

  private static final List<RankingRule> WEIGHTED =
      List.of(
          WeightedRule.of(new SupportCountRule(), CollectiveWeighting.attendees()),
          WeightedRule.of(new WilsonRule(), CollectiveWeighting.factor(2.5)),
          WeightedRule.of(new MajorityJudgmentRule(), CollectiveWeighting.factor(3)));

  /** Rules that promise one more support never lowers a contribution's rank. */
  private static final List<RankingRule> MONOTONE =
      List.of(
          new SupportCountRule(),
          new NetScoreRule(),
          new WilsonRule(),
          new WilsonRule(0.5),
          new BayesianAverageRule(),
          new BayesianAverageRule(1, 3),
          new HotRule(),
          WeightedRule.of(new SupportCountRule(), CollectiveWeighting.attendees()));

  /** Item seeds: each int becomes one item, numbered C-1, C-2… in list order. */
  private static final Gen<List<Integer>> SEEDS = lists().of(integers().all()).ofSizeBetween(0, 30);

  private static final Gen<List<Integer>> SOME_SEEDS =
      lists().of(integers().all()).ofSizeBetween(1, 30);

  /** Small counts so that ties are common; some items have no ballot, grade or comment. */
  private static RankingItem item(long reference, int seed, long extraSupports) {
    SplittableRandom r = new SplittableRandom(seed);
    ContributionKind kind = ContributionKind.values()[r.nextInt(3)];
    List<Long> grades = new ArrayList<>();
    if (r.nextBoolean()) {
      for (int g = 0; g < 6; g++) {
        grades.add((long) r.nextInt(4));
      }
    }
    Tally tally =
        new Tally(id(reference), r.nextInt(7) + extraSupports, r.nextInt(4), r.nextInt(3), grades);
    return Items.item(
        reference,
        kind,
        NOW.minus(Duration.ofHours(r.nextInt(6) * 12L)),
        kind == ContributionKind.COLLECTIVE ? 1 + r.nextInt(30) : 0,
        tally,
        r.nextInt(4));
  }

  private static List<RankingItem> items(List<Integer> seeds) {
    List<RankingItem> items = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      items.add(item(i + 1, seeds.get(i), 0));
    }
    return items;
  }

  private static RankingContext context(long seed) {
    return new RankingContext(NOW, ConsultationSettings.defaults(), seed);
  }

  private static List<RankingRule> everyRule() {
    List<RankingRule> all = new ArrayList<>(RULES);
    all.addAll(WEIGHTED);
    return all;
  }

  @Test
  void theStandardRegistryHoldsTheThirteenNamedRules() {
    assertThat(RULES)
        .extracting(RankingRule::name)
        .containsExactly(
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
            "wilson");
    assertThat(RULES).extracting(RankingRule::version).containsOnly(1);
    assertThat(RULES).allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }

  @Test
  void everyRuleIgnoresTheOrderOfItsInput() {
    qt().forAll(SEEDS, longs().all())
        .checkAssert(
            (seeds, shuffleSeed) -> {
              List<RankingItem> items = items(seeds);
              List<RankingItem> shuffled = new ArrayList<>(items);
              Collections.shuffle(shuffled, new Random(shuffleSeed));
              for (RankingRule rule : everyRule()) {
                assertThat(rule.rank(shuffled, context(shuffleSeed)))
                    .as(rule.name())
                    .isEqualTo(rule.rank(items, context(shuffleSeed)));
              }
            });
  }

  @Test
  void everyRuleRanksEachItemOnceFromOneToN() {
    qt().forAll(SEEDS)
        .checkAssert(
            seeds -> {
              List<RankingItem> items = items(seeds);
              for (RankingRule rule : everyRule()) {
                List<RankingEntry> entries = rule.rank(items, context(7));
                assertThat(entries).as(rule.name()).hasSize(items.size());
                assertThat(new HashSet<>(entries.stream().map(RankingEntry::contribution).toList()))
                    .as(rule.name())
                    .hasSize(items.size());
                for (int r = 0; r < entries.size(); r++) {
                  assertThat(entries.get(r).rank()).isEqualTo(r + 1);
                  assertThat(entries.get(r).explanation()).doesNotContain("\n").isNotBlank();
                }
              }
            });
  }

  @Test
  void scoresNeverIncreaseDownTheRanking() {
    qt().forAll(SEEDS)
        .checkAssert(
            seeds -> {
              List<RankingItem> items = items(seeds);
              for (RankingRule rule : everyRule()) {
                List<RankingEntry> entries = rule.rank(items, context(7));
                for (int r = 1; r < entries.size(); r++) {
                  assertThat(entries.get(r).score())
                      .as(rule.name())
                      .isLessThanOrEqualTo(entries.get(r - 1).score());
                }
              }
            });
  }

  @Test
  void oneMoreSupportNeverLowersARankUnderTheRulesThatPromiseIt() {
    qt().forAll(SOME_SEEDS, integers().between(0, 1_000))
        .checkAssert(
            (seeds, pick) -> {
              int i = pick % seeds.size();
              List<RankingItem> items = items(seeds);
              List<RankingItem> more = new ArrayList<>(items);
              more.set(i, item(i + 1, seeds.get(i), 1));
              for (RankingRule rule : MONOTONE) {
                int before = rankOf(rule.rank(items, context(0)), id(i + 1));
                int after = rankOf(rule.rank(more, context(0)), id(i + 1));
                assertThat(after).as(rule.name()).isLessThanOrEqualTo(before);
              }
            });
  }

  @Test
  void scoresStayWithinTheirDocumentedRanges() {
    qt().forAll(SEEDS)
        .checkAssert(
            seeds -> {
              List<RankingItem> items = items(seeds);
              RankingContext ctx = context(3);
              for (RankingItem item : items) {
                Tally t = item.tally();
                List<RankingItem> one = List.of(item);
                double wilson = new WilsonRule().rank(one, ctx).get(0).score();
                double bayes = new BayesianAverageRule().rank(one, ctx).get(0).score();
                double controversy = new ControversyRule().rank(one, ctx).get(0).score();
                double hot = new HotRule().rank(one, ctx).get(0).score();
                double mj = new MajorityJudgmentRule().rank(one, ctx).get(0).score();
                assertThat(wilson).isBetween(0.0, 1.0);
                assertThat(bayes).isBetween(0.0, 1.0);
                assertThat(controversy).isBetween(0.0, (double) t.supports() + t.oppositions());
                assertThat(Math.abs(hot))
                    .isLessThanOrEqualTo(Math.abs((double) t.supports() - t.oppositions()));
                assertThat(Math.signum(hot))
                    .isEqualTo(Math.signum((double) t.supports() - t.oppositions()));
                assertThat(mj).isBetween(-1.0, 5.0);
                MajorityGrades g = MajorityGrades.of(t, 6);
                for (RankingRule fabre :
                    List.of(
                        new TypicalJudgmentRule(),
                        new UsualJudgmentRule(),
                        new CentralJudgmentRule())) {
                  double score = fabre.rank(one, ctx).get(0).score();
                  if (g.isEmpty()) {
                    assertThat(score).isEqualTo(-1.0);
                  } else {
                    assertThat(score).isBetween(g.median() - 0.5, g.median() + 0.5);
                    assertThat(mj).isEqualTo(g.median());
                  }
                }
              }
            });
  }

  @Test
  void everyRuleIsDeterministicAndOnlyTheShuffleReadsTheSeed() {
    qt().forAll(SEEDS, longs().all(), longs().all())
        .checkAssert(
            (seeds, seed, otherSeed) -> {
              List<RankingItem> items = items(seeds);
              for (RankingRule rule : everyRule()) {
                List<RankingEntry> once = rule.rank(items, context(seed));
                assertThat(rule.rank(items, context(seed))).isEqualTo(once);
                if (!rule.name().equals(ShuffleRule.NAME)) {
                  assertThat(rule.rank(items, context(otherSeed))).as(rule.name()).isEqualTo(once);
                }
              }
            });
  }
}
