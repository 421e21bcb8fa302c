package org.openconsultation.core.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.model.ContributionKind;

/**
 * One ranking per kind of contribution (individual, collective, institutional), each by the same
 * rule and numbered from 1: a workshop's proposal then competes with other workshops' proposals,
 * not with individual contributions that gather online votes more easily.
 *
 * @param strata a ranking for every kind, in the order of {@link ContributionKind}
 */
public record StratifiedRanking(Map<ContributionKind, Ranking> strata) {

  /** Checks every kind has a ranking and keeps them in the order of the kinds. */
  public StratifiedRanking {
    EnumMap<ContributionKind, Ranking> copy = new EnumMap<>(ContributionKind.class);
    copy.putAll(strata);
    for (ContributionKind kind : ContributionKind.values()) {
      Objects.requireNonNull(copy.get(kind), () -> "no ranking for " + kind);
    }
    strata = Collections.unmodifiableMap(copy);
  }

  /** Ranks each kind's items on its own, by {@code rule}. */
  public static StratifiedRanking of(
      RankingRule rule, List<RankingItem> items, RankingContext context) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(context, "context");
    EnumMap<ContributionKind, Ranking> strata = new EnumMap<>(ContributionKind.class);
    for (ContributionKind kind : ContributionKind.values()) {
      List<RankingItem> stratum = items.stream().filter(i -> i.kind() == kind).toList();
      strata.put(
          kind,
          new Ranking(rule.name(), rule.version(), context.now(), rule.rank(stratum, context)));
    }
    return new StratifiedRanking(strata);
  }

  /** The ranking of one kind (empty if it has no contribution). */
  public Ranking stratum(ContributionKind kind) {
    return strata.get(Objects.requireNonNull(kind, "kind"));
  }
}
