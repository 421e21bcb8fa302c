package org.openconsultation.core.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * A count that small-cell suppression may withhold: either its value, or no value and {@code
 * suppressed} set (shown as "&lt; k").
 *
 * @param value the count, or null when withheld
 * @param suppressed whether the count is withheld
 */
public record Count(@Nullable Long value, boolean suppressed) {

  /** Checks that exactly the withheld counts have no value, and values are not negative. */
  public Count {
    if ((value == null) != suppressed) {
      throw new IllegalArgumentException("a count has a value exactly when it is not withheld");
    }
    if (value != null && value < 0) {
      throw new IllegalArgumentException("a count is not negative");
    }
  }

  /** A count shown as it is. */
  public static Count of(long value) {
    return new Count(value, false);
  }

  /** A withheld count. */
  public static Count withheld() {
    return new Count(null, true);
  }
}
