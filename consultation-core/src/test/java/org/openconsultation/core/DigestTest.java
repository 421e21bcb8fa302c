package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.report.Digest;
import org.openconsultation.core.report.DigestEntry;
import org.openconsultation.core.report.DigestSection;

/** The weekly digest: what is new, most supported and most debated since a date. */
class DigestTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId theme = w.theme(c, "Mobilité");
  private final Instant weekAgo;

  /** C-1 and C-2 submitted before the week; the clock then moves a week on. */
  private final Contribution old1;

  private final Contribution old2;

  DigestTest() {
    for (Actor a : List.of(w.alice, w.bob, w.carol, w.dave, w.erin)) {
      w.register(a, c);
    }
    old1 = w.submit(w.alice, c, theme, "Ancienne un");
    old2 = w.submit(w.bob, c, theme, "Ancienne deux");
    support(w.carol, old1);
    comment(w.carol, old1);
    w.clock.advance(Duration.ofDays(1));
    weekAgo = w.clock.instant();
    w.clock.advance(Duration.ofHours(1));
  }

  private void support(Actor actor, Contribution x) {
    engine.votes().cast(actor, new CastBallot(c, x.id(), Ballot.support()));
  }

  private void comment(Actor actor, Contribution x) {
    engine.comments().post(actor, new PostComment(c, x.id(), null, "Avis", null));
  }

  private static List<Reference> references(DigestSection section) {
    return section.entries().stream().map(DigestEntry::reference).toList();
  }

  @Test
  void newContributionsAreThosePublishedDuringThePeriodByReference() {
    Contribution fresh1 = w.submit(w.carol, c, theme, "Nouvelle un");
    Contribution fresh2 = w.submit(w.dave, c, theme, "Nouvelle deux");
    Contribution fresh3 = w.submit(w.erin, c, theme, "Nouvelle trois");
    engine
        .moderation()
        .decide(
            w.moderator, new Moderate(c, ContentRef.of(fresh2.id()), ModerationAction.HIDE, "Non"));
    w.clock.advance(Duration.ofHours(1));

    Digest digest = engine.reports().digest(w.visitor, c, weekAgo, 10);

    assertThat(references(digest.newContributions()))
        .containsExactly(fresh1.reference(), fresh3.reference());
    assertThat(digest.newContributions().total()).isEqualTo(2);
    DigestEntry first = digest.newContributions().entries().get(0);
    assertThat(first.title()).isEqualTo("Nouvelle un");
    assertThat(first.theme()).isEqualTo("Mobilité");
    assertThat(first.attribution()).isEqualTo("Name of carol");
    assertThat(first.count()).isZero();
    assertThat(first.submittedAt().toInstant()).isEqualTo(fresh1.submittedAt());
    assertThat(first.submittedAt().getZone()).isEqualTo(TestWorld.PARIS);
  }

  @Test
  void theMostSupportedCountOnlyTheSupportsOfThePeriod() {
    support(w.alice, old2);
    support(w.bob, old1);
    support(w.dave, old2);
    support(w.erin, old2);

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.visitor, c, weekAgo, 10);

    assertThat(references(digest.mostSupported()))
        .containsExactly(old2.reference(), old1.reference());
    assertThat(digest.mostSupported().entries())
        .extracting(DigestEntry::count)
        .as("carol's support on C-1 came before the week")
        .containsExactly(3L, 1L);
  }

  @Test
  void votesAgainstAreNotSupports() {
    ConsultationId forAgainst =
        w.open(ConsultationSettings.defaults().withVoteMode(VoteMode.FOR_AGAINST));
    ThemeId t = w.theme(forAgainst, "Budget");
    w.register(w.alice, forAgainst);
    w.register(w.bob, forAgainst);
    w.register(w.carol, forAgainst);
    Contribution x = w.submit(w.alice, forAgainst, t, "Idée");
    Instant since = w.clock.instant();
    w.clock.advance(Duration.ofMinutes(1));
    engine.votes().cast(w.bob, new CastBallot(forAgainst, x.id(), Ballot.against()));
    engine.votes().cast(w.carol, new CastBallot(forAgainst, x.id(), Ballot.inFavour()));

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.visitor, forAgainst, since, 5);

    assertThat(digest.mostSupported().entries()).extracting(DigestEntry::count).containsExactly(1L);
  }

  @Test
  void theMostDebatedCountThePublishedCommentsOfThePeriod() {
    comment(w.alice, old2);
    comment(w.bob, old1);
    comment(w.dave, old2);
    Contribution fresh = w.submit(w.dave, c, theme, "Nouvelle");
    comment(w.erin, fresh);

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.visitor, c, weekAgo, 10);

    assertThat(references(digest.mostDebated()))
        .as("ties go to the lower reference")
        .containsExactly(old2.reference(), old1.reference(), fresh.reference());
    assertThat(digest.mostDebated().entries())
        .extracting(DigestEntry::count)
        .containsExactly(2L, 1L, 1L);
  }

  @Test
  void eachSectionHoldsAtMostTheLimitAndSaysHowManyQualify() {
    for (Actor a : List.of(w.alice, w.bob, w.carol, w.dave)) {
      Contribution x = w.submit(a, c, theme, "Idée de " + a.participant());
      support(w.erin, x);
      comment(w.erin, x);
    }

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.visitor, c, weekAgo, 3);

    for (DigestSection section :
        List.of(digest.newContributions(), digest.mostSupported(), digest.mostDebated())) {
      assertThat(section.entries()).hasSize(3);
      assertThat(section.total()).isEqualTo(4);
    }
    assertThat(digest.toText()).contains("Les 3 premières sur 4\u00a0:");
    assertThat(engine.reports().digest(w.visitor, c, weekAgo, 1).toText())
        .contains("La première sur 4\u00a0:");
  }

  @Test
  void whileResultsAreHiddenTheMostSupportedAreLeftOut() {
    ConsultationId hidden =
        w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId t = w.theme(hidden, "Budget");
    w.register(w.alice, hidden);
    w.register(w.bob, hidden);
    Instant since = w.clock.instant();
    w.clock.advance(Duration.ofMinutes(1));
    Contribution x = w.submit(w.alice, hidden, t, "Idée");
    engine.votes().cast(w.bob, new CastBallot(hidden, x.id(), Ballot.support()));

    w.clock.advance(Duration.ofMinutes(1));
    Digest forVisitor = engine.reports().digest(w.visitor, hidden, since, 5);
    Digest forModerator = engine.reports().digest(w.moderator, hidden, since, 5);

    assertThat(forVisitor.resultsVisible()).isFalse();
    assertThat(forVisitor.mostSupported()).isEqualTo(DigestSection.empty());
    assertThat(forVisitor.newContributions().entries()).hasSize(1);
    assertThat(forVisitor.toText())
        .contains("Les résultats restent cachés jusqu'à la clôture de la consultation.");
    assertThat(
            ReportXml.parse(forVisitor.toHtml()).all("//p").stream().map(p -> p.getTextContent()))
        .contains("Les résultats restent cachés jusqu'à la clôture de la consultation.");
    assertThat(forModerator.resultsVisible()).isTrue();
    assertThat(forModerator.mostSupported().entries()).hasSize(1);
  }

  @Test
  void consecutiveDigestsCountEachSupportOnce() {
    support(w.alice, old2);

    Digest thisWeek = engine.reports().digest(w.visitor, c, weekAgo, 5);
    w.clock.advance(Duration.ofDays(7));
    Digest nextWeek = engine.reports().digest(w.visitor, c, thisWeek.until().toInstant(), 5);

    assertThat(thisWeek.mostSupported().total()).as("cast at the very end: next week").isZero();
    assertThat(references(nextWeek.mostSupported())).containsExactly(old2.reference());
  }

  @Test
  void thePeriodEndsAtTheEngineClocksNowInTheConsultationsZone() {
    Digest digest = engine.reports().digest(w.visitor, c, weekAgo, 5);

    assertThat(digest.since().toInstant()).isEqualTo(weekAgo);
    assertThat(digest.until().toInstant()).isEqualTo(w.clock.instant());
    assertThat(digest.until().getZone()).isEqualTo(TestWorld.PARIS);
    assertThat(digest.newContributions()).isEqualTo(DigestSection.empty());
  }

  @Test
  void thePeriodMustStartBeforeNowAndTheLimitBeBetweenOneAndAHundred() {
    InvalidInputException future =
        Failures.thrown(
            InvalidInputException.class,
            () -> engine.reports().digest(w.visitor, c, w.clock.instant(), 5));
    InvalidInputException none =
        Failures.thrown(
            InvalidInputException.class, () -> engine.reports().digest(w.visitor, c, weekAgo, 0));
    InvalidInputException tooMany =
        Failures.thrown(
            InvalidInputException.class,
            () -> engine.reports().digest(w.visitor.withLocale(Locale.ENGLISH), c, weekAgo, 101));

    assertThat(future.violations().get(0).code()).isEqualTo("report.since");
    assertThat(future.violations().get(0).path()).isEqualTo("since");
    assertThat(none.violations().get(0).code()).isEqualTo("report.per-section");
    assertThat(none.violations().get(0).message())
        .isEqualTo("Le nombre d'entrées par section doit être compris entre 1 et 100.");
    assertThat(tooMany.violations().get(0).message())
        .isEqualTo("The number of entries per section must be between 1 and 100.");
  }

  @Test
  void linksComeFromTheEnginesPermalinkTemplate() {
    MutableClock clock = new MutableClock(TestWorld.T0);
    ConsultationEngine hosted =
        ConsultationEngine.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .permalinks(PermalinkTemplate.of("https://participez.example.fr/{slug}/{number}"))
            .build();
    ConsultationId id =
        hosted
            .consultations()
            .create(
                w.organiser,
                CreateConsultation.of(
                    "velo",
                    "Vélo",
                    new Schedule(
                        clock.instant().minus(Duration.ofHours(1)),
                        clock.instant().plus(Duration.ofDays(30)),
                        TestWorld.PARIS)))
            .id();
    hosted.consultations().publish(w.organiser, id);
    ThemeId t = hosted.themes().add(w.organiser, new AddTheme(id, "T", "")).id();
    hosted
        .participants()
        .register(w.alice, new Register(id, "Alice", ParticipantKind.PERSON, "75", "1"));
    Instant since = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    hosted.contributions().submit(w.alice, new SubmitContribution(id, t, "Idée", "Texte"));
    clock.advance(Duration.ofMinutes(1));

    Digest digest = hosted.reports().digest(w.visitor, id, since, 5);

    assertThat(digest.newContributions().entries().get(0).link())
        .isEqualTo("https://participez.example.fr/velo/1");
    assertThat(digest.toText()).contains("\n  https://participez.example.fr/velo/1\n");
  }

  @Test
  void hiddenCommentsAreNotDebate() {
    Comment hidden =
        engine.comments().post(w.alice, new PostComment(c, old2.id(), null, "Insulte", null));
    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(c, ContentRef.of(hidden.id()), ModerationAction.HIDE, "Injurieux"));
    comment(w.bob, old1);

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.moderator, c, weekAgo, 5);

    assertThat(references(digest.mostDebated())).containsExactly(old1.reference());
  }

  @Test
  void pendingContributionsAreLeftOutEvenForModerators() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Budget");
    w.register(w.alice, pre);
    Instant since = w.clock.instant();
    w.clock.advance(Duration.ofMinutes(1));
    w.submit(w.alice, pre, t, "En attente");

    w.clock.advance(Duration.ofMinutes(1));
    Digest digest = engine.reports().digest(w.moderator, pre, since, 5);

    assertThat(digest.newContributions()).isEqualTo(DigestSection.empty());
    assertThat(digest.mostDebated()).isEqualTo(DigestSection.empty());
  }
}
