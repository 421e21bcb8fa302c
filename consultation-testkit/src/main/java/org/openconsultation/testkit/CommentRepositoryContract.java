package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.CommentRepository;

/** The contract of {@link CommentRepository}. */
public abstract class CommentRepositoryContract extends StoreContract {

  private static final Set<PublicationStatus> ALL = EnumSet.allOf(PublicationStatus.class);
  private static final Set<PublicationStatus> SHOWN = EnumSet.of(PublicationStatus.PUBLISHED);

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();
  private final ContributionId contribution = new ContributionId(Samples.uuid());
  private final ContributionId another = new ContributionId(Samples.uuid());

  /** For subclasses. */
  protected CommentRepositoryContract() {}

  private CommentRepository repository() {
    return store().comments();
  }

  @Test
  void anInsertedCommentIsFoundInItsConsultationOnly() {
    Comment comment = Samples.comment(cid, contribution, Samples.T0);

    repository().insert(comment);

    assertThat(repository().find(cid, comment.id())).contains(comment);
    assertThat(repository().find(other, comment.id())).isEmpty();
    assertThat(repository().find(cid, new CommentId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredComment() {
    Comment comment = Samples.comment(cid, contribution, Samples.T0);
    repository().insert(comment);

    assertThatThrownBy(
            () -> repository().insert(Samples.comment(cid, comment.id(), another, Samples.T0)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, comment.id())).contains(comment);
    assertThat(repository().list(cid, another, ALL)).isEmpty();
  }

  @Test
  void anUpdateReplacesTheComment() {
    Comment comment = Samples.comment(cid, contribution, Samples.T0);
    repository().insert(comment);
    Comment hidden = comment.withStatus(PublicationStatus.HIDDEN);

    repository().update(hidden);

    assertThat(repository().find(cid, comment.id())).contains(hidden);
  }

  @Test
  void updatingAnAbsentCommentIsNotFound() {
    Comment comment = Samples.comment(cid, contribution, Samples.T0);
    repository().insert(Samples.comment(other, comment.id(), contribution, Samples.T0));

    assertThatThrownBy(() -> repository().update(comment)).isInstanceOf(NotFoundException.class);

    assertThat(repository().find(cid, comment.id())).isEmpty();
  }

  @Test
  void aContributionsCommentsAreListedOldestFirstThenIdWithTheAskedStatuses() {
    Comment late = Samples.comment(cid, new CommentId(Samples.uuid(1)), contribution, at(60));
    Comment tieHigh = Samples.comment(cid, new CommentId(Samples.uuid(6)), contribution, at(0));
    Comment tieLow = Samples.comment(cid, new CommentId(Samples.uuid(4)), contribution, at(0));
    Comment hidden =
        Samples.comment(cid, contribution, at(30)).withStatus(PublicationStatus.HIDDEN);
    repository().insert(late);
    repository().insert(tieHigh);
    repository().insert(hidden);
    repository().insert(tieLow);
    repository().insert(Samples.comment(cid, another, at(10)));
    repository().insert(Samples.comment(other, contribution, at(10)));

    assertThat(repository().list(cid, contribution, SHOWN)).containsExactly(tieLow, tieHigh, late);
    assertThat(repository().list(cid, contribution, ALL))
        .containsExactly(tieLow, tieHigh, hidden, late);
    assertThat(repository().list(cid, contribution, EnumSet.of(PublicationStatus.HIDDEN)))
        .containsExactly(hidden);
  }

  @Test
  void aConsultationsCommentsStreamOldestFirstWithTheAskedStatuses() {
    Comment second = Samples.comment(cid, contribution, at(20));
    Comment first = Samples.comment(cid, another, at(10));
    Comment pending =
        Samples.comment(cid, contribution, at(5)).withStatus(PublicationStatus.PENDING);
    repository().insert(second);
    repository().insert(first);
    repository().insert(pending);
    repository().insert(Samples.comment(other, contribution, at(0)));

    List<Comment> shown = new ArrayList<>();
    repository().forEach(cid, SHOWN, shown::add);
    List<Comment> all = new ArrayList<>();
    repository().forEach(cid, ALL, all::add);

    assertThat(shown).containsExactly(first, second);
    assertThat(all).containsExactly(pending, first, second);
  }

  @Test
  void theListIsAnImmutableSnapshot() {
    Comment comment = Samples.comment(cid, contribution, at(0));
    repository().insert(comment);
    List<Comment> before = repository().list(cid, contribution, ALL);

    repository().insert(Samples.comment(cid, contribution, at(1)));

    assertThat(before).containsExactly(comment);
    assertThatThrownBy(() -> before.add(comment)).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Instant at(long seconds) {
    return Samples.T0.plusSeconds(seconds);
  }
}
