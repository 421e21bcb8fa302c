package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;

/** Threaded comments on contributions, with an optional stance. */
public interface Comments {

  /** Posts a comment or a reply while the consultation is open. */
  Comment post(Actor actor, PostComment command);

  /** The comments the actor may see on a contribution, oldest first. */
  List<Comment> list(Actor actor, ConsultationId consultation, ContributionId contribution);

  /**
   * The same comments as threads: top-level comments with their replies. A reply whose parent the
   * actor may not see is shown at the top level.
   */
  List<CommentThread> threads(
      Actor actor, ConsultationId consultation, ContributionId contribution);
}
