package org.openconsultation.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;

/**
 * The headline figures of a consultation. Contributions and comments are the published ones;
 * supports count supports, approvals and votes for on published contributions.
 *
 * @param participants registered participants
 * @param contributions published contributions per kind (every kind is present, possibly 0)
 * @param comments published comments on published contributions
 * @param workshops workshops recorded
 * @param attendees people who attended them, in all
 * @param supports supports on published contributions, or null while results are hidden from the
 *     reader
 */
public record KeyFigures(
    long participants,
    Map<ContributionKind, Long> contributions,
    long comments,
    long workshops,
    long attendees,
    @Nullable Long supports) {

  /** Checks the counts are not negative and fills in the kinds that have none. */
  public KeyFigures {
    contributions = perKind(contributions);
    if (participants < 0 || comments < 0 || workshops < 0 || attendees < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (supports != null && supports < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Published contributions of one kind. */
  public long contributions(ContributionKind kind) {
    return contributions.get(kind);
  }

  /** Published contributions of every kind. */
  public long totalContributions() {
    return contributions.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether the supports are shown: results are visible to the reader. */
  public boolean resultsVisible() {
    return supports != null;
  }

  /** An unmodifiable count per kind, in the kinds' order, 0 for the kinds missing. */
  static Map<ContributionKind, Long> perKind(Map<ContributionKind, Long> counts) {
    Objects.requireNonNull(counts, "contributions");
    Map<ContributionKind, Long> all = new EnumMap<>(ContributionKind.class);
    for (ContributionKind kind : ContributionKind.values()) {
      long n = counts.getOrDefault(kind, 0L);
      if (n < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      all.put(kind, n);
    }
    return Collections.unmodifiableMap(all);
  }
}
