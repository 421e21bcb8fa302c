package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The registry of rules by name and version. */
class RankingRulesTest {

  @Test
  void findsEachBuiltInRuleByItsName() {
    RankingRules rules = RankingRules.standard();
    assertThat(rules.find("support").orElseThrow()).isInstanceOf(SupportCountRule.class);
    assertThat(rules.find("net").orElseThrow()).isInstanceOf(NetScoreRule.class);
    assertThat(rules.find("wilson").orElseThrow()).isInstanceOf(WilsonRule.class);
    assertThat(rules.find("bayesian").orElseThrow()).isInstanceOf(BayesianAverageRule.class);
    assertThat(rules.find("controversy").orElseThrow()).isInstanceOf(ControversyRule.class);
    assertThat(rules.find("hot").orElseThrow()).isInstanceOf(HotRule.class);
    assertThat(rules.find("majority-judgment").orElseThrow())
        .isInstanceOf(MajorityJudgmentRule.class);
    assertThat(rules.find("typical-judgment").orElseThrow())
        .isInstanceOf(TypicalJudgmentRule.class);
    assertThat(rules.find("usual-judgment").orElseThrow()).isInstanceOf(UsualJudgmentRule.class);
    assertThat(rules.find("central-judgment").orElseThrow())
        .isInstanceOf(CentralJudgmentRule.class);
    assertThat(rules.find("most-commented").orElseThrow()).isInstanceOf(MostCommentedRule.class);
    assertThat(rules.find("recent").orElseThrow()).isInstanceOf(MostRecentRule.class);
    assertThat(rules.find("shuffle").orElseThrow()).isInstanceOf(ShuffleRule.class);
    assertThat(rules.find("support-count")).isEmpty();
    assertThat(rules.find("wilson", 1)).isPresent();
    assertThat(rules.find("wilson", 2)).isEmpty();
  }

  @Test
  void aRuleWithOtherParametersReplacesTheBuiltInOne() {
    RankingRules rules =
        RankingRules.standard()
            .replacing(new WilsonRule(0.99))
            .replacing(new HotRule(Duration.ofHours(6)));

    assertThat(((WilsonRule) rules.find("wilson").orElseThrow()).confidence()).isEqualTo(0.99);
    assertThat(((HotRule) rules.find("hot").orElseThrow()).halfLife())
        .isEqualTo(Duration.ofHours(6));
    assertThat(rules.all()).hasSize(RankingRules.standard().all().size());
    assertThatThrownBy(() -> RankingRules.standard().with(new WilsonRule(0.99)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RankingRules.empty().all()).isEmpty();
  }

  @Test
  void onlyTheRulesThatIgnoreBallotsSaySo() {
    assertThat(RankingRules.standard().all())
        .filteredOn(r -> !r.readsBallots())
        .extracting(RankingRule::name)
        .containsExactly("most-commented", "recent", "shuffle");
  }
}
