package org.openconsultation.core;

import org.openconsultation.core.model.Actor;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingRules;

/** Rankings of published contributions by the registered rules. */
public interface Rankings {

  /**
   * Ranks the contributions the query selects. While results are hidden until close, only
   * moderators and organisers may rank before the consultation closes. An unknown rule name is
   * invalid input.
   */
  Ranking rank(Actor actor, RankingQuery query);

  /** The registered rules. */
  RankingRules rules();
}
