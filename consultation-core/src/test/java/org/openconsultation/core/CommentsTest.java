package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.ThemeId;

/** Threaded comments with a stance. */
class CommentsTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId theme = w.theme(c, "Mobilité");
  private final Contribution x;
  private final Contribution y;

  CommentsTest() {
    w.register(w.alice, c);
    w.register(w.bob, c);
    w.register(w.carol, c);
    x = w.submit(w.alice, c, theme, "X");
    y = w.submit(w.alice, c, theme, "Y");
  }

  private Comment post(Actor actor, Comment parent, String body, Stance stance) {
    w.clock.advance(Duration.ofMinutes(1));
    return engine
        .comments()
        .post(actor, new PostComment(c, x.id(), parent == null ? null : parent.id(), body, stance));
  }

  @Test
  void aCommentKeepsItsStanceAndAuthor() {
    Comment a = post(w.bob, null, "D'accord", Stance.AGREE);

    assertThat(a.stance()).isEqualTo(Stance.AGREE);
    assertThat(a.author()).isEqualTo(w.bob.participant());
    assertThat(a.contributionId()).isEqualTo(x.id());
    assertThat(a.parent()).isNull();
    assertThat(a.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(a.postedAt()).isEqualTo(w.clock.instant());
    assertThat(w.events)
        .contains(
            new DomainEvent.CommentPosted(
                c, w.bob.participant(), a.postedAt(), a.id(), x.id(), PublicationStatus.PUBLISHED));
  }

  @Test
  void repliesFormThreadsOldestFirst() {
    Comment a = post(w.bob, null, "A", Stance.AGREE);
    Comment b = post(w.alice, a, "B, réponse à A", null);
    Comment d = post(w.carol, null, "D", Stance.DISAGREE);
    Comment e = post(w.carol, b, "E, réponse à B", Stance.NEUTRAL);
    Comment f = post(w.bob, a, "F, réponse à A", null);

    List<CommentThread> threads = engine.comments().threads(w.visitor, c, x.id());

    assertThat(threads).extracting(t -> t.comment().id()).containsExactly(a.id(), d.id());
    CommentThread ta = threads.get(0);
    assertThat(ta.replies()).extracting(t -> t.comment().id()).containsExactly(b.id(), f.id());
    assertThat(ta.replies().get(0).replies())
        .extracting(t -> t.comment().id())
        .containsExactly(e.id());
    assertThat(ta.replies().get(1).replies()).isEmpty();
    assertThat(threads.get(1).replies()).isEmpty();
    assertThat(engine.comments().list(w.visitor, c, x.id()))
        .extracting(Comment::id)
        .containsExactly(a.id(), b.id(), d.id(), e.id(), f.id());
    assertThat(e.parent()).isEqualTo(b.id());
  }

  @Test
  void aReplyMustAnswerACommentOnTheSameContribution() {
    Comment onY = engine.comments().post(w.bob, new PostComment(c, y.id(), null, "Sur Y", null));

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .comments()
                    .post(w.carol, new PostComment(c, x.id(), onY.id(), "Sur X ?", null)));

    assertThat(e.violations().get(0).code()).isEqualTo("comment.parent");
    assertThat(e.violations().get(0).path()).isEqualTo("replyTo");
    assertThat(engine.comments().list(w.organiser, c, x.id())).isEmpty();
  }

  @Test
  void aReplyWhoseParentIsHiddenIsShownAtTheTopLevel() {
    Comment a = post(w.bob, null, "A", null);
    Comment b = post(w.alice, a, "B", null);
    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(c, ContentRef.of(a.id()), ModerationAction.HIDE, "Hors charte"));

    List<CommentThread> forVisitor = engine.comments().threads(w.visitor, c, x.id());
    List<CommentThread> forModerator = engine.comments().threads(w.moderator, c, x.id());

    assertThat(forVisitor).extracting(t -> t.comment().id()).containsExactly(b.id());
    assertThat(forModerator).extracting(t -> t.comment().id()).containsExactly(a.id());
    assertThat(forModerator.get(0).replies())
        .extracting(t -> t.comment().id())
        .containsExactly(b.id());
  }

  @Test
  void commentsAreOnlyPossibleOnPublishedContributions() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Mobilité");
    w.register(w.alice, pre);
    Contribution pending = w.submit(w.alice, pre, t, "En attente");

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .comments()
                    .post(w.alice, new PostComment(pre, pending.id(), null, "Précision", null)));

    assertThat(e.violations().get(0).code()).isEqualTo("comment.not-published");
  }

  @Test
  void commentsNeedTheCommentsFeature() {
    ConsultationId quiet =
        w.open(
            ConsultationSettings.defaults()
                .withFeatures(EnumSet.complementOf(EnumSet.of(Feature.COMMENTS))));
    ThemeId t = w.theme(quiet, "Mobilité");
    w.register(w.alice, quiet);
    w.register(w.bob, quiet);
    Contribution z = w.submit(w.alice, quiet, t, "Z");

    ForbiddenException e =
        Failures.thrown(
            ForbiddenException.class,
            () -> engine.comments().post(w.bob, new PostComment(quiet, z.id(), null, "Oui", null)));

    assertThat(e.code()).isEqualTo("feature.disabled");
  }
}
