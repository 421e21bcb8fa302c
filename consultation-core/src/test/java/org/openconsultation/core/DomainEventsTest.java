package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.event.DomainEventListener;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;

/** Domain events: after commit, in order, only for commands that succeed. */
class DomainEventsTest {

  /** What a listener saw when an event arrived. */
  record Delivery(DomainEvent event, boolean inTransaction, int commits, boolean changeVisible) {}

  private final RecordingStore store = new RecordingStore();
  private final AtomicReference<ConsultationEngine> engineRef = new AtomicReference<>();
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final TestWorld w = new TestWorld(store, this::observe);
  private final ConsultationEngine engine = w.engine;

  DomainEventsTest() {
    engineRef.set(w.engine);
  }

  private void observe(DomainEvent event) {
    boolean visible = true;
    if (event instanceof DomainEvent.ContributionSubmitted s) {
      visible =
          engineRef
              .get()
              .contributions()
              .get(w.organiser, s.consultationId(), s.contribution())
              .id()
              .equals(s.contribution());
    }
    deliveries.add(new Delivery(event, store.inTransaction(), store.commits(), visible));
  }

  @Test
  void eventsAreDeliveredAfterCommitInTheOrderOfTheChanges() {
    ConsultationId c =
        engine
            .consultations()
            .create(w.organiser, CreateConsultation.of("velo", "Plan vélo", w.openNow()))
            .id();
    engine.consultations().publish(w.organiser, c);
    ThemeId t = engine.themes().add(w.organiser, new AddTheme(c, "Mobilité", "")).id();
    w.register(w.alice, c);
    w.register(w.bob, c);
    w.clock.advance(Duration.ofMinutes(1));
    Contribution x =
        engine.contributions().submit(w.alice, new SubmitContribution(c, t, "Idée", "Texte"));
    engine.votes().cast(w.bob, new CastBallot(c, x.id(), Ballot.support()));
    engine.comments().post(w.bob, new PostComment(c, x.id(), null, "Oui", null));

    assertThat(deliveries)
        .extracting(d -> d.event().getClass().getSimpleName())
        .containsExactly(
            "ConsultationCreated",
            "ConsultationPublished",
            "ThemeChanged",
            "ParticipantRegistered",
            "ParticipantRegistered",
            "ContributionSubmitted",
            "BallotCast",
            "CommentPosted");
    assertThat(deliveries).allSatisfy(d -> assertThat(d.inTransaction()).isFalse());
    assertThat(deliveries).allSatisfy(d -> assertThat(d.changeVisible()).isTrue());
    // Each command's events arrive once its own transaction has committed.
    List<Integer> commits = new ArrayList<>();
    deliveries.forEach(d -> commits.add(d.commits()));
    assertThat(commits).isSorted();
    assertThat(deliveries.get(0).commits()).isPositive();
    DomainEvent.ContributionSubmitted submitted =
        (DomainEvent.ContributionSubmitted) deliveries.get(5).event();
    assertThat(submitted)
        .isEqualTo(
            new DomainEvent.ContributionSubmitted(
                c,
                w.alice.participant(),
                w.clock.instant(),
                x.id(),
                x.reference(),
                x.kind(),
                PublicationStatus.PUBLISHED));
  }

  @Test
  void oneCommandsEventsArriveInTheOrderItMadeTheChanges() {
    ConsultationId c = w.open(ConsultationSettings.defaults().withAutoHideThreshold(1));
    ThemeId t = w.theme(c, "Mobilité");
    w.register(w.alice, c);
    w.register(w.bob, c);
    Contribution x = w.submit(w.alice, c, t, "Idée");
    int before = deliveries.size();

    engine.moderation().flag(w.bob, new FlagContent(c, ContentRef.of(x.id()), "Injure"));

    List<Delivery> flagged = deliveries.subList(before, deliveries.size());
    assertThat(flagged)
        .extracting(d -> d.event().getClass().getSimpleName())
        .containsExactly("ContentFlagged", "ContentModerated");
    DomainEvent.ContentModerated hidden = (DomainEvent.ContentModerated) flagged.get(1).event();
    assertThat(hidden.actor()).isNull(); // automatic
    assertThat(hidden.status()).isEqualTo(PublicationStatus.HIDDEN);
  }

  @Test
  void noEventIsDeliveredWhenACommandFails() {
    ConsultationId c =
        w.open(ConsultationSettings.defaults().withVoteMode(VoteMode.SUPPORT).withSupportLimit(1));
    ThemeId t = w.theme(c, "Mobilité");
    w.register(w.alice, c);
    w.register(w.bob, c);
    Contribution x = w.submit(w.alice, c, t, "X");
    Contribution y = w.submit(w.alice, c, t, "Y");
    engine.votes().cast(w.bob, new CastBallot(c, x.id(), Ballot.support()));
    int before = deliveries.size();

    Failures.thrown(
        InvalidInputException.class,
        () -> engine.contributions().submit(w.alice, new SubmitContribution(c, t, "", "Texte")));
    Failures.thrown(
        ForbiddenException.class,
        () -> engine.contributions().submit(w.dave, new SubmitContribution(c, t, "T", "Texte")));
    Failures.thrown(
        LimitReachedException.class,
        () -> engine.votes().cast(w.bob, new CastBallot(c, y.id(), Ballot.support())));
    Failures.thrown(
        ConflictException.class,
        () ->
            engine
                .consultations()
                .create(
                    w.organiser,
                    CreateConsultation.of(
                        engine.consultations().get(w.organiser, c).slug(),
                        "Doublon",
                        w.openNow())));

    assertThat(deliveries).hasSize(before);
  }

  @Test
  void aStoreFailureAfterAnEventWasPreparedDeliversNothingAndUndoesEverything() {
    ConsultationId c = w.open(ConsultationSettings.defaults().withAutoHideThreshold(2));
    ThemeId t = w.theme(c, "Mobilité");
    for (Actor a : List.of(w.alice, w.bob, w.carol)) {
      w.register(a, c);
    }
    Contribution x = w.submit(w.alice, c, t, "Idée");
    engine.moderation().flag(w.bob, new FlagContent(c, ContentRef.of(x.id()), "Injure"));
    EngineSnapshot before = EngineSnapshot.of(w);
    int delivered = deliveries.size();
    store.failDecisions();

    // The second report reaches the threshold: the report is written and its event prepared,
    // then writing the automatic decision fails.
    Failures.thrown(
        StorageException.class,
        () ->
            engine.moderation().flag(w.carol, new FlagContent(c, ContentRef.of(x.id()), "Injure")));

    assertThat(deliveries).hasSize(delivered);
    assertThat(EngineSnapshot.of(w)).isEqualTo(before);
    assertThat(engine.moderation().queue(w.moderator, c).flags()).hasSize(1);
    assertThat(engine.contributions().get(w.visitor, c, x.id()).status())
        .isEqualTo(PublicationStatus.PUBLISHED);
  }

  @Test
  void aListenerThatThrowsDoesNotUndoTheChangeNorSilenceTheOthers() {
    AtomicInteger calls = new AtomicInteger();
    List<DomainEvent> after = new CopyOnWriteArrayList<>();
    DomainEventListener failing =
        event -> {
          calls.incrementAndGet();
          throw new IllegalStateException("listener bug");
        };
    TestWorld world = new TestWorld(new RecordingStore(), failing, after::add);
    ConsultationId c = world.open();
    ThemeId t = world.theme(c, "Mobilité");
    world.register(world.alice, c);

    Contribution x = world.submit(world.alice, c, t, "Idée");

    assertThat(world.engine.contributions().get(world.visitor, c, x.id())).isEqualTo(x);
    assertThat(calls.get()).isEqualTo(after.size()).isPositive();
    assertThat(after.get(after.size() - 1)).isInstanceOf(DomainEvent.ContributionSubmitted.class);
    assertThat(world.events).hasSameSizeAs(after); // the world's own listener, registered first
  }
}
