package org.openconsultation.core.model;

import java.util.Objects;

/** Points at a piece of content that can be reported and moderated: a contribution or a comment. */
public sealed interface ContentRef {

  /** A contribution. */
  static ContentRef of(ContributionId id) {
    return new OfContribution(id);
  }

  /** A comment. */
  static ContentRef of(CommentId id) {
    return new OfComment(id);
  }

  /**
   * A contribution.
   *
   * @param id the contribution
   */
  record OfContribution(ContributionId id) implements ContentRef {
    /** Checks the id is present. */
    public OfContribution {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A comment.
   *
   * @param id the comment
   */
  record OfComment(CommentId id) implements ContentRef {
    /** Checks the id is present. */
    public OfComment {
      Objects.requireNonNull(id, "id");
    }
  }
}
