package org.openconsultation.core;

import java.util.Objects;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Revision;

/**
 * What a citation reference points to.
 *
 * @param contribution the contribution as it is now
 * @param revision the revision cited ({@code C-42.2}), or the current one ({@code C-42})
 */
public record ResolvedReference(Contribution contribution, Revision revision) {

  /** Checks that the revision belongs to the contribution. */
  public ResolvedReference {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(revision, "revision");
    if (!revision.contributionId().equals(contribution.id())) {
      throw new IllegalArgumentException("a revision of another contribution");
    }
  }

  /** The reference of the cited revision, for example {@code C-42.2}. */
  public String citation() {
    return contribution.reference().at(revision.number()).toString();
  }
}
