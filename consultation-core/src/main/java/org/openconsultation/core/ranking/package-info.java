/**
 * Ranking: named, versioned, deterministic {@link org.openconsultation.core.ranking.RankingRule}s
 * that turn tallies into a {@link org.openconsultation.core.ranking.Ranking}. Usable in memory
 * without an engine or a store.
 */
@NullMarked
package org.openconsultation.core.ranking;

import org.jspecify.annotations.NullMarked;
