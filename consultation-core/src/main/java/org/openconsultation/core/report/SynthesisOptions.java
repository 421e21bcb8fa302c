package org.openconsultation.core.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ranking.CollectiveWeighting;

/**
 * How a synthesis ranks the contributions of each theme.
 *
 * @param rule the name of a registered ranking rule, or null for the consultation's default rule
 * @param collective how collective contributions are weighted; {@link CollectiveWeighting#none()}
 *     by default
 */
public record SynthesisOptions(@Nullable String rule, CollectiveWeighting collective) {

  /** Checks the weighting is present. */
  public SynthesisOptions {
    Objects.requireNonNull(collective, "collective");
  }

  /** The consultation's default rule, ballots counted as cast. */
  public static SynthesisOptions defaults() {
    return new SynthesisOptions(null, CollectiveWeighting.none());
  }

  /** These options with a named rule (null: the consultation's default). */
  public SynthesisOptions rule(@Nullable String value) {
    return new SynthesisOptions(value, collective);
  }

  /** These options with collective contributions weighted, for example by their attendees. */
  public SynthesisOptions collective(CollectiveWeighting value) {
    return new SynthesisOptions(rule, value);
  }
}
