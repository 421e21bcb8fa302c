package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.PublicationStatus;

/** Stores comments. */
public interface CommentRepository {

  /** Adds a comment; a conflict if its id is taken. */
  void insert(Comment comment);

  /** Replaces a comment (a status change); not found if absent. */
  void update(Comment comment);

  /** The comment with this id. */
  Optional<Comment> find(ConsultationId consultation, CommentId id);

  /** A contribution's comments with these statuses, oldest first (then by id). */
  List<Comment> list(
      ConsultationId consultation, ContributionId contribution, Set<PublicationStatus> statuses);

  /** Streams the consultation's comments with these statuses, oldest first (then by id). */
  void forEach(
      ConsultationId consultation,
      Set<PublicationStatus> statuses,
      Consumer<? super Comment> action);
}
