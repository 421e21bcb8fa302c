package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.dashboard.TopEntry;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingRule;

/**
 * The top published contributions per rule, ranked by the engine's ranking service so that the
 * dashboard and the rankings agree; a rule that reads ballots gives nothing while results are
 * hidden from the reader.
 */
final class DashboardTop {

  /** The most entries one rule may give. */
  static final int MAX = 100;

  private final EngineContext context;
  private final Results results;
  private final RankingService rankings;

  DashboardTop(EngineContext context, Guard guard, Results results) {
    this.context = context;
    this.results = results;
    this.rankings = new RankingService(context, guard, results);
  }

  /** Call inside a read transaction, after finding the consultation. */
  List<TopContributions> top(Actor actor, Consultation c, List<String> rules, int count) {
    if (count < 1 || count > MAX) {
      throw DashboardMessages.invalid(actor.locale(), "dashboard.top-count", "count", count, MAX);
    }
    Set<String> names = new LinkedHashSet<>(rules);
    if (names.isEmpty()) {
      names.add(c.settings().defaultRankingRule());
    }
    List<TopContributions> out = new ArrayList<>();
    for (String name : names) {
      RankingRule rule =
          context
              .rules()
              .find(name)
              .orElseThrow(() -> Guard.invalid(actor, "ranking.rule", "rules", name));
      if (rule.readsBallots() && !results.visible(actor, c)) {
        out.add(new TopContributions(rule.name(), rule.version(), true, List.of()));
        continue;
      }
      Ranking ranking = rankings.rank(actor, RankingQuery.of(c.id()).rule(name));
      List<TopEntry> entries = new ArrayList<>();
      for (RankingEntry e :
          ranking.entries().subList(0, Math.min(count, ranking.entries().size()))) {
        String title =
            context
                .store()
                .contributions()
                .find(c.id(), e.contribution())
                .map(Contribution::title)
                .orElse(e.reference().toString());
        entries.add(
            new TopEntry(
                e.rank(), e.contribution(), e.reference(), title, e.score(), e.explanation()));
      }
      out.add(new TopContributions(ranking.rule(), ranking.ruleVersion(), false, entries));
    }
    return out;
  }
}
