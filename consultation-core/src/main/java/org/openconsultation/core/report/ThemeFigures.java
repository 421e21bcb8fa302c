package org.openconsultation.core.report;

import java.util.Map;
import org.openconsultation.core.model.ContributionKind;

/**
 * The figures of one theme in a synthesis.
 *
 * @param contributions its published contributions per kind (every kind is present, possibly 0)
 * @param comments published comments on them
 * @param supports supports on them
 * @param workshops workshops that worked on the theme or contributed to it
 * @param attendees people who attended those workshops, in all
 */
public record ThemeFigures(
    Map<ContributionKind, Long> contributions,
    long comments,
    long supports,
    long workshops,
    long attendees) {

  /** Checks the counts are not negative and fills in the kinds that have none. */
  public ThemeFigures {
    contributions = KeyFigures.perKind(contributions);
    if (comments < 0 || supports < 0 || workshops < 0 || attendees < 0) {
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
}
