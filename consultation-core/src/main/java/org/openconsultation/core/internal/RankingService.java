package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.Rankings;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.spi.ContributionFilter;

/** Ranks published contributions with the registered rules. */
final class RankingService implements Rankings {

  private final EngineContext context;
  private final Guard guard;
  private final Results results;

  RankingService(EngineContext context, Guard guard, Results results) {
    this.context = context;
    this.guard = guard;
    this.results = results;
  }

  @Override
  public Ranking rank(Actor actor, RankingQuery query) {
    java.util.Objects.requireNonNull(query, "query");
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, query.consultation());
          String name = query.rule() != null ? query.rule() : c.settings().defaultRankingRule();
          RankingRule rule =
              context
                  .rules()
                  .find(name)
                  .orElseThrow(() -> Guard.invalid(actor, "ranking.rule", "rule", name));
          results.requireVisible(actor, c);
          ContributionFilter filter =
              ContributionFilter.published()
                  .withTheme(query.theme())
                  .withKind(query.kind())
                  .withTerritory(query.territory());
          Map<ContributionId, Tally> tallies = new HashMap<>();
          context.store().ballots().forEachTally(c.id(), t -> tallies.put(t.contributionId(), t));
          List<RankingItem> items = new ArrayList<>();
          context.store().contributions().forEach(c.id(), filter, x -> items.add(item(x, tallies)));
          RankingContext ctx = new RankingContext(context.now(), c.settings());
          return new Ranking(rule.name(), rule.version(), ctx.now(), rule.rank(items, ctx));
        });
  }

  @Override
  public RankingRules rules() {
    return context.rules();
  }

  private static RankingItem item(Contribution c, Map<ContributionId, Tally> tallies) {
    return RankingItem.of(c, tallies.getOrDefault(c.id(), Tally.empty(c.id())));
  }
}
