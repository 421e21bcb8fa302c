package org.openconsultation.core.ranking;

import java.util.Objects;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;

/**
 * One contribution's place in a ranking.
 *
 * @param rank its position, from 1; every entry has a distinct rank (ties are broken)
 * @param contribution the contribution
 * @param reference its reference
 * @param score the rule's score (its range is the rule's)
 * @param explanation one human-readable line, for example "12 supports"
 */
public record RankingEntry(
    int rank, ContributionId contribution, Reference reference, double score, String explanation) {

  /** Checks that no component is null and the rank is positive. */
  public RankingEntry {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(explanation, "explanation");
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1");
    }
  }
}
