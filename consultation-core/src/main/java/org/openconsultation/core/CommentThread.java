package org.openconsultation.core;

import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Comment;

/**
 * A comment and its replies, oldest first.
 *
 * @param comment the comment
 * @param replies the replies, each with its own replies
 */
public record CommentThread(Comment comment, List<CommentThread> replies) {

  /** Copies the replies. */
  public CommentThread {
    Objects.requireNonNull(comment, "comment");
    replies = List.copyOf(replies);
  }
}
