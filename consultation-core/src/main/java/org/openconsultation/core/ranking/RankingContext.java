package org.openconsultation.core.ranking;

import java.time.Instant;
import java.util.Objects;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * What a rule may read besides the items.
 *
 * @param now the engine clock's time when the ranking is computed
 * @param settings the consultation's settings (vote mode, grade scale)
 * @param seed the seed of rules that shuffle; the engine derives it from the consultation and the
 *     participant who asks, so each participant sees one stable order
 */
public record RankingContext(Instant now, ConsultationSettings settings, long seed) {

  /** Checks that no component is null. */
  public RankingContext {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(settings, "settings");
  }

  /** A context with seed 0. */
  public RankingContext(Instant now, ConsultationSettings settings) {
    this(now, settings, 0L);
  }
}
