package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.Rankings;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.ranking.PositionBias;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.ranking.StratifiedRanking;
import org.openconsultation.core.ranking.WeightedRule;
import org.openconsultation.core.spi.ContributionFilter;

/** Ranks published contributions with the registered rules; records and reports exposures. */
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
    Objects.requireNonNull(query, "query");
    return context.read(
        actor,
        () -> {
          Prepared p = prepare(actor, query);
          return new Ranking(
              p.rule().name(),
              p.rule().version(),
              p.context().now(),
              p.rule().rank(p.items(), p.context()));
        });
  }

  @Override
  public StratifiedRanking rankByKind(Actor actor, RankingQuery query) {
    Objects.requireNonNull(query, "query");
    return context.read(
        actor,
        () -> {
          Prepared p = prepare(actor, query);
          return StratifiedRanking.of(p.rule(), p.items(), p.context());
        });
  }

  @Override
  public void recordExposure(
      Actor actor, ConsultationId consultation, List<ContributionId> shownInOrder) {
    Objects.requireNonNull(consultation, "consultation");
    List<ContributionId> shown = List.copyOf(shownInOrder);
    context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          ParticipantId viewer = actor.participant();
          if (viewer != null) {
            context.store().exposures().record(c.id(), viewer, shown, context.now());
          }
          return null;
        });
  }

  @Override
  public PositionBias positionBias(Actor actor, ConsultationId consultation) {
    Objects.requireNonNull(consultation, "consultation");
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          results.requireVisible(actor, c);
          PositionBias.Builder report = PositionBias.builder();
          context
              .store()
              .exposures()
              .forEach(
                  c.id(),
                  e ->
                      report.exposure(
                          e.participant(), e.contribution(), e.position(), e.shownAt()));
          context
              .store()
              .ballots()
              .forEachBallot(
                  c.id(),
                  b -> report.ballot(b.participant(), b.contributionId(), b.ballot(), b.castAt()));
          return report.build();
        });
  }

  @Override
  public RankingRules rules() {
    return context.rules();
  }

  /** The rule (weighted as asked), the items and the context of a query, checked. */
  private Prepared prepare(Actor actor, RankingQuery query) {
    Consultation c = guard.consultation(actor, query.consultation());
    String name = query.rule() != null ? query.rule() : c.settings().defaultRankingRule();
    RankingRule found =
        context
            .rules()
            .find(name)
            .orElseThrow(() -> Guard.invalid(actor, "ranking.rule", "rule", name));
    RankingRule rule = WeightedRule.of(found, query.collective());
    if (rule.readsBallots()) {
      results.requireVisible(actor, c);
    }
    ContributionFilter filter =
        ContributionFilter.published()
            .withTheme(query.theme())
            .withKind(query.kind())
            .withTerritory(query.territory());
    Map<ContributionId, Tally> tallies = new HashMap<>();
    context.store().ballots().forEachTally(c.id(), t -> tallies.put(t.contributionId(), t));
    Map<ContributionId, Long> comments = new HashMap<>();
    context
        .store()
        .comments()
        .forEach(
            c.id(),
            EnumSet.of(PublicationStatus.PUBLISHED),
            x -> comments.merge(x.contributionId(), 1L, Long::sum));
    List<RankingItem> items = new ArrayList<>();
    context
        .store()
        .contributions()
        .forEach(
            c.id(),
            filter,
            x ->
                items.add(
                    RankingItem.of(
                        x,
                        tallies.getOrDefault(x.id(), Tally.empty(x.id())),
                        comments.getOrDefault(x.id(), 0L))));
    RankingContext ctx =
        new RankingContext(context.now(), c.settings(), seed(c.id(), actor.participant()));
    return new Prepared(rule, items, ctx);
  }

  private record Prepared(RankingRule rule, List<RankingItem> items, RankingContext context) {}

  /** A seed stable for one participant in one consultation (visitors share one). */
  static long seed(ConsultationId consultation, @Nullable ParticipantId viewer) {
    long seed =
        consultation.value().getMostSignificantBits()
            ^ consultation.value().getLeastSignificantBits();
    if (viewer != null) {
      for (char ch : viewer.value().toCharArray()) {
        seed = (seed ^ ch) * 0x100000001B3L; // FNV-1a over the id's characters
      }
    }
    return seed;
  }
}
