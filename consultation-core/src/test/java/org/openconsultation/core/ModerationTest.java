package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ContributionFilter;

/** Reports, automatic hiding, moderators' decisions. */
class ModerationTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open(ConsultationSettings.defaults().withAutoHideThreshold(3));
  private final ThemeId theme = w.theme(c, "Mobilité");
  private final Contribution x;

  ModerationTest() {
    for (Actor a : List.of(w.alice, w.bob, w.carol, w.dave, w.erin)) {
      w.register(a, c);
    }
    x = w.submit(w.alice, c, theme, "Contestée");
  }

  private FlagOutcome flag(Actor reporter, ContentRef target) {
    return engine.moderation().flag(reporter, new FlagContent(c, target, "Propos injurieux"));
  }

  private PublicationStatus statusOf(Contribution contribution) {
    return engine.contributions().get(w.organiser, c, contribution.id()).status();
  }

  @Test
  void contentIsHiddenWhenDistinctReportersReachTheThreshold() {
    ContentRef target = ContentRef.of(x.id());

    FlagOutcome first = flag(w.bob, target);
    FlagOutcome second = flag(w.carol, target);
    assertThat(first).isEqualTo(new FlagOutcome(true, 1, PublicationStatus.PUBLISHED));
    assertThat(second).isEqualTo(new FlagOutcome(true, 2, PublicationStatus.PUBLISHED));
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.PUBLISHED);

    FlagOutcome third = flag(w.dave, target);

    assertThat(third).isEqualTo(new FlagOutcome(true, 3, PublicationStatus.HIDDEN));
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.HIDDEN);
    Failures.thrown(
        NotFoundException.class, () -> engine.contributions().get(w.visitor, c, x.id()));
    assertThat(engine.contributions().list(w.bob, c, ContributionFilter.all())).isEmpty();
    assertThat(engine.contributions().get(w.alice, c, x.id()).status())
        .isEqualTo(PublicationStatus.HIDDEN); // its author still sees it
    List<ModerationDecision> decisions = engine.moderation().decisions(w.moderator, c);
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).automatic()).isTrue();
    assertThat(decisions.get(0).moderator()).isNull();
    assertThat(decisions.get(0).action()).isEqualTo(ModerationAction.HIDE);
    assertThat(decisions.get(0).target()).isEqualTo(target);
  }

  @Test
  void aRepeatReportByTheSameParticipantIsNotRecordedAndDoesNotCount() {
    ContentRef target = ContentRef.of(x.id());
    flag(w.bob, target);
    flag(w.carol, target);
    int events = w.events.size();

    FlagOutcome repeat = flag(w.bob, target);
    FlagOutcome repeatAgain = flag(w.carol, target);

    assertThat(repeat).isEqualTo(new FlagOutcome(false, 2, PublicationStatus.PUBLISHED));
    assertThat(repeatAgain.recorded()).isFalse();
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(engine.moderation().queue(w.moderator, c).flags())
        .extracting(Flag::reporter)
        .containsExactly(w.bob.participant(), w.carol.participant());
    assertThat(w.events).hasSize(events);
  }

  @Test
  void aModeratorRestoresHiddenContentAndItIsNotHiddenAutomaticallyAgain() {
    ContentRef target = ContentRef.of(x.id());
    flag(w.bob, target);
    flag(w.carol, target);
    flag(w.dave, target);
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.HIDDEN);

    ModerationDecision restore =
        engine
            .moderation()
            .decide(
                w.moderator,
                new Moderate(c, target, ModerationAction.RESTORE, "Critique, pas injure"));

    assertThat(restore.moderator()).isEqualTo(w.moderator.participant());
    assertThat(restore.automatic()).isFalse();
    assertThat(engine.contributions().get(w.visitor, c, x.id()).status())
        .isEqualTo(PublicationStatus.PUBLISHED);

    FlagOutcome fourth = flag(w.erin, target);

    assertThat(fourth).isEqualTo(new FlagOutcome(true, 4, PublicationStatus.PUBLISHED));
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(engine.moderation().decisions(w.moderator, c))
        .extracting(ModerationDecision::action)
        .containsExactly(ModerationAction.HIDE, ModerationAction.RESTORE);
    // A moderator may still hide it by hand.
    engine
        .moderation()
        .decide(w.moderator, new Moderate(c, target, ModerationAction.HIDE, "Finalement"));
    assertThat(statusOf(x)).isEqualTo(PublicationStatus.HIDDEN);
  }

  @Test
  void commentsAreHiddenAfterReportsToo() {
    Comment comment =
        engine.comments().post(w.bob, new PostComment(c, x.id(), null, "Insulte", null));
    ContentRef target = ContentRef.of(comment.id());

    flag(w.alice, target);
    flag(w.carol, target);
    FlagOutcome third = flag(w.dave, target);

    assertThat(third.status()).isEqualTo(PublicationStatus.HIDDEN);
    assertThat(engine.comments().list(w.visitor, c, x.id())).isEmpty();
    assertThat(engine.comments().list(w.bob, c, x.id()))
        .extracting(Comment::status)
        .containsExactly(PublicationStatus.HIDDEN);
  }

  @Test
  void automaticHidingIsOffAtThresholdZero() {
    ConsultationId off = w.open(ConsultationSettings.defaults().withAutoHideThreshold(0));
    ThemeId t = w.theme(off, "Mobilité");
    for (Actor a : List.of(w.alice, w.bob, w.carol, w.dave, w.erin)) {
      w.register(a, off);
    }
    Contribution y = w.submit(w.alice, off, t, "Idée");
    for (Actor a : List.of(w.bob, w.carol, w.dave, w.erin)) {
      engine.moderation().flag(a, new FlagContent(off, ContentRef.of(y.id()), "Spam"));
    }
    assertThat(engine.contributions().get(w.visitor, off, y.id()).status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  @Test
  void aDecisionThatDoesNotFitTheStatusIsInvalid() {
    ContentRef target = ContentRef.of(x.id());

    InvalidInputException approve =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .moderation()
                    .decide(w.moderator, new Moderate(c, target, ModerationAction.APPROVE, "ok")));
    InvalidInputException restore =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .moderation()
                    .decide(w.moderator, new Moderate(c, target, ModerationAction.RESTORE, "ok")));

    assertThat(approve.violations().get(0).code()).isEqualTo("moderation.transition");
    assertThat(restore.violations().get(0).code()).isEqualTo("moderation.transition");
    assertThat(engine.moderation().decisions(w.moderator, c)).isEmpty();
  }

  @Test
  void theRefusedTransitionIsExplainedEntirelyInFrench() {
    ContentRef target = ContentRef.of(x.id());
    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .moderation()
                    .decide(w.moderator, new Moderate(c, target, ModerationAction.APPROVE, "ok")));
    InvalidInputException en =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .moderation()
                    .decide(
                        w.moderator.withLocale(Locale.ENGLISH),
                        new Moderate(c, target, ModerationAction.APPROVE, "ok")));

    assertThat(en.violations().get(0).message())
        .isEqualTo("This decision does not apply to content that is published.");
    // The status is a word of the sentence, so it must be in the reader's language too.
    assertThat(e.violations().get(0).message())
        .startsWith("Cette décision ne s'applique pas à un contenu")
        .doesNotContain("published");
  }

  @Test
  void pendingCommentsWaitInTheQueueUntilApproved() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Mobilité");
    w.register(w.alice, pre);
    w.register(w.bob, pre);
    Contribution y = w.submit(w.alice, pre, t, "Idée");
    engine
        .moderation()
        .decide(
            w.moderator, new Moderate(pre, ContentRef.of(y.id()), ModerationAction.APPROVE, "ok"));

    Comment pending =
        engine.comments().post(w.bob, new PostComment(pre, y.id(), null, "Mon avis", null));

    assertThat(pending.status()).isEqualTo(PublicationStatus.PENDING);
    assertThat(engine.moderation().queue(w.moderator, pre).comments()).containsExactly(pending);
    assertThat(engine.comments().list(w.visitor, pre, y.id())).isEmpty();
    assertThat(engine.comments().list(w.bob, pre, y.id())).containsExactly(pending);

    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(pre, ContentRef.of(pending.id()), ModerationAction.APPROVE, "ok"));

    assertThat(engine.comments().list(w.visitor, pre, y.id()))
        .extracting(Comment::status)
        .containsExactly(PublicationStatus.PUBLISHED);
    assertThat(engine.moderation().queue(w.moderator, pre).comments()).isEmpty();
  }

  @Test
  void theQueueListsEveryReportOldestFirst() {
    flag(w.bob, ContentRef.of(x.id()));
    Comment comment =
        engine.comments().post(w.bob, new PostComment(c, x.id(), null, "Réponse", null));
    w.clock.advance(Duration.ofMinutes(1));
    flag(w.alice, ContentRef.of(comment.id()));

    assertThat(engine.moderation().queue(w.moderator, c).flags())
        .extracting(Flag::target)
        .containsExactly(ContentRef.of(x.id()), ContentRef.of(comment.id()));
  }
}
