package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.ranking.PositionBias;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.ranking.StratifiedRanking;

/**
 * Rankings of published contributions by the registered rules, and what participants were shown.
 */
public interface Rankings {

  /**
   * Ranks the contributions the query selects. While results are hidden until close, only
   * moderators and organisers may rank by a rule that reads ballots before the consultation closes
   * (rules that do not, such as {@code recent} and {@code shuffle}, are served to everyone). An
   * unknown rule name is invalid input. The {@code shuffle} rule is seeded by the consultation and
   * the actor, so each participant gets an order of their own, stable between calls.
   */
  Ranking rank(Actor actor, RankingQuery query);

  /**
   * Ranks each kind of contribution the query selects on its own, as {@link #rank} does; a query
   * restricted to one kind gives empty rankings for the others.
   */
  StratifiedRanking rankByKind(Actor actor, RankingQuery query);

  /**
   * Records that the actor was shown these contributions in this order (the first at position 1),
   * now by the engine's clock, for the position-bias report. Nothing is recorded for an anonymous
   * visitor, or if the store keeps no exposures. The ids are not checked.
   */
  void recordExposure(Actor actor, ConsultationId consultation, List<ContributionId> shownInOrder);

  /** Records that the actor was shown {@code ranking}, in its order. */
  default void recordExposure(Actor actor, ConsultationId consultation, Ranking ranking) {
    recordExposure(actor, consultation, ranking.order());
  }

  /**
   * For each position, how many contributions were first shown there and how many of them the
   * participant then voted on or supported, from the recorded exposures and the ballots. Visible
   * whenever the consultation's results are.
   */
  PositionBias positionBias(Actor actor, ConsultationId consultation);

  /** The registered rules. */
  RankingRules rules();
}
