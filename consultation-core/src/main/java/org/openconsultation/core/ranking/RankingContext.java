package org.openconsultation.core.ranking;

import java.time.Instant;
import java.util.Objects;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * What a rule may read besides the items.
 *
 * @param now the engine clock's time when the ranking is computed
 * @param settings the consultation's settings (vote mode, grade scale)
 */
public record RankingContext(Instant now, ConsultationSettings settings) {

  /** Checks that no component is null. */
  public RankingContext {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(settings, "settings");
  }
}
