package org.openconsultation.core.dashboard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;

/**
 * The figures of one kind of contribution.
 *
 * @param kind individual, collective or institutional
 * @param contributions contributions of this kind
 * @param comments comments on them
 * @param ballots ballots on them, or null when results are hidden
 * @param supports supports, approvals and votes for on them, or null when results are hidden
 */
public record KindFigures(
    ContributionKind kind,
    long contributions,
    long comments,
    @Nullable Long ballots,
    @Nullable Long supports) {

  /** Checks that the kind is present. */
  public KindFigures {
    Objects.requireNonNull(kind, "kind");
  }
}
