package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Flag;

/**
 * What waits for moderators.
 *
 * @param contributions contributions waiting for approval, oldest first
 * @param comments comments waiting for approval, oldest first
 * @param flags every report, oldest first
 */
public record ModerationQueue(
    List<Contribution> contributions, List<Comment> comments, List<Flag> flags) {

  /** Copies the lists. */
  public ModerationQueue {
    contributions = List.copyOf(contributions);
    comments = List.copyOf(comments);
    flags = List.copyOf(flags);
  }
}
