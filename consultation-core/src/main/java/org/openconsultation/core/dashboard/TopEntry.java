package org.openconsultation.core.dashboard;

import java.util.Objects;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;

/**
 * One of the top contributions by a rule.
 *
 * @param rank its rank, from 1
 * @param contribution the contribution
 * @param reference its permalink reference
 * @param title its current title
 * @param score the rule's score
 * @param explanation the rule's one-line explanation of the score
 */
public record TopEntry(
    int rank,
    ContributionId contribution,
    Reference reference,
    String title,
    double score,
    String explanation) {

  /** Checks that no component is null and the rank is positive. */
  public TopEntry {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(explanation, "explanation");
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1");
    }
  }
}
