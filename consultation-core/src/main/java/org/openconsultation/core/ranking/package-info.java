/**
 * Ranking: named, versioned, deterministic {@link org.openconsultation.core.ranking.RankingRule}s
 * that turn tallies into a {@link org.openconsultation.core.ranking.Ranking}. Usable in memory
 * without an engine or a store.
 *
 * <p>The built-in rules, registered in {@link
 * org.openconsultation.core.ranking.RankingRules#standard()}: {@code support}, {@code net}, {@code
 * wilson}, {@code bayesian}, {@code controversy}, {@code hot}, {@code majority-judgment}, {@code
 * typical-judgment}, {@code usual-judgment}, {@code central-judgment}, {@code most-commented},
 * {@code recent} and {@code shuffle}; their formulas, tie-breaks and worked examples are in {@code
 * docs/ranking.md}. Every rule breaks its last ties by the lower reference number.
 *
 * <p>Around the rules: {@link org.openconsultation.core.ranking.CollectiveWeighting} and {@link
 * org.openconsultation.core.ranking.WeightedRule} count a workshop's contribution for its attendees
 * or by a factor; {@link org.openconsultation.core.ranking.StratifiedRanking} ranks each kind of
 * contribution on its own; {@link org.openconsultation.core.ranking.PositionBias} measures how the
 * position at which a contribution was shown relates to the ballots cast on it.
 */
@NullMarked
package org.openconsultation.core.ranking;

import org.jspecify.annotations.NullMarked;
