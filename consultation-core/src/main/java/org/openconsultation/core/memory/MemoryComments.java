package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.CommentRepository;

/** Comments, listed oldest first, then by id. */
final class MemoryComments implements CommentRepository {

  private static final Comparator<Comment> ORDER =
      Comparator.comparing(Comment::postedAt)
          .thenComparing(comment -> comment.id().value(), Order.UUIDS);

  private final Table<CommentId, Comment> table;

  MemoryComments(StoreLock lock) {
    this.table = new Table<>(lock, "comment", Comment::consultationId, Comment::id, ORDER);
  }

  @Override
  public void insert(Comment comment) {
    table.insert(comment);
  }

  @Override
  public void update(Comment comment) {
    table.update(comment);
  }

  @Override
  public Optional<Comment> find(ConsultationId consultation, CommentId id) {
    return table.find(consultation, id);
  }

  @Override
  public List<Comment> list(
      ConsultationId consultation, ContributionId contribution, Set<PublicationStatus> statuses) {
    return table.list(
        consultation,
        comment ->
            comment.contributionId().equals(contribution) && statuses.contains(comment.status()));
  }

  @Override
  public void forEach(
      ConsultationId consultation,
      Set<PublicationStatus> statuses,
      Consumer<? super Comment> action) {
    table.forEach(consultation, comment -> statuses.contains(comment.status()), action);
  }
}
