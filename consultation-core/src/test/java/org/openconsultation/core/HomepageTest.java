package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.report.Homepage;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.NewsBrief;

/** The homepage data: the consultation, the latest news, the timeline and the key figures. */
class HomepageTest {

  private final Scene s = new Scene();
  private final TestWorld w = s.w;
  private final ConsultationEngine engine = s.engine;

  private void news(ConsultationId c, String title) {
    engine.news().publish(w.organiser, new PublishNews(c, title, "Texte de " + title));
  }

  @Test
  void theLatestNewsComeNewestFirstDatedInTheConsultationsZone() {
    w.clock.advance(Duration.ofDays(1));
    news(s.c, "Atelier");
    w.clock.advance(Duration.ofDays(1));
    news(s.c, "Mi-parcours");

    Homepage home = engine.reports().homepage(w.visitor, s.c, 2);

    assertThat(home.news()).extracting(NewsBrief::title).containsExactly("Mi-parcours", "Atelier");
    NewsBrief latest = home.news().get(0);
    assertThat(latest.body()).isEqualTo("Texte de Mi-parcours");
    assertThat(latest.publishedAt())
        .isEqualTo(ZonedDateTime.ofInstant(w.clock.instant(), TestWorld.PARIS));
    assertThat(engine.reports().homepage(w.visitor, s.c, 10).news())
        .extracting(NewsBrief::id)
        .endsWith(s.news.id())
        .hasSize(3);
    assertThat(engine.reports().homepage(w.visitor, s.c, 0).news()).isEmpty();
  }

  @Test
  void theTimelineComesInDateOrderWithItsStatus() {
    engine
        .milestones()
        .add(
            w.organiser,
            new AddMilestone(s.c, "Ouverture", "", LocalDate.of(2026, 3, 1), MilestoneStatus.DONE));
    engine
        .milestones()
        .add(
            w.organiser,
            new AddMilestone(
                s.c, "Ateliers", "", LocalDate.of(2026, 4, 1), MilestoneStatus.IN_PROGRESS));

    Homepage home = engine.reports().homepage(w.visitor, s.c, 3);

    assertThat(home.timeline())
        .extracting(Milestone::label)
        .containsExactly("Ouverture", "Ateliers", "Publication de la synthèse");
    assertThat(home.timeline())
        .extracting(Milestone::status)
        .containsExactly(
            MilestoneStatus.DONE, MilestoneStatus.IN_PROGRESS, MilestoneStatus.PLANNED);
  }

  @Test
  void theKeyFiguresCountPublishedContentAndSupports() {
    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.HIDE, "Hors sujet"));
    engine.votes().cast(w.bob, new CastBallot(s.c, s.collective.id(), Ballot.support()));

    KeyFigures figures = engine.reports().homepage(w.visitor, s.c, 1).figures();

    assertThat(figures.participants()).isEqualTo(7);
    assertThat(figures.contributions())
        .containsExactly(
            Map.entry(ContributionKind.INDIVIDUAL, 1L),
            Map.entry(ContributionKind.COLLECTIVE, 1L),
            Map.entry(ContributionKind.INSTITUTIONAL, 0L));
    assertThat(figures.totalContributions()).isEqualTo(2);
    assertThat(figures.comments()).isEqualTo(1);
    assertThat(figures.workshops()).isEqualTo(1);
    assertThat(figures.attendees()).isEqualTo(12);
    assertThat(figures.supports()).isEqualTo(2);
    assertThat(figures.resultsVisible()).isTrue();
  }

  @Test
  void supportsAreLeftOutWhileResultsAreHiddenFromTheReader() {
    ConsultationId hidden =
        w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId t = w.theme(hidden, "Budget");
    w.register(w.alice, hidden);
    w.register(w.bob, hidden);
    var idea = w.submit(w.alice, hidden, t, "Idée");
    engine.votes().cast(w.bob, new CastBallot(hidden, idea.id(), Ballot.support()));

    KeyFigures forVisitor = engine.reports().homepage(w.visitor, hidden, 1).figures();
    KeyFigures forModerator = engine.reports().homepage(w.moderator, hidden, 1).figures();
    w.clock.advance(Duration.ofDays(31));
    KeyFigures afterClose = engine.reports().homepage(w.visitor, hidden, 1).figures();

    assertThat(forVisitor.supports()).isNull();
    assertThat(forVisitor.resultsVisible()).isFalse();
    assertThat(forVisitor.contributions(ContributionKind.INDIVIDUAL)).isEqualTo(1);
    assertThat(forModerator.supports()).isEqualTo(1);
    assertThat(afterClose.supports()).isEqualTo(1);
  }

  @Test
  void thePhaseAndDatesAreThoseOfTheConsultationInItsZone() {
    Schedule schedule =
        Schedule.between(
            LocalDateTime.of(2026, 3, 2, 8, 0),
            LocalDateTime.of(2026, 4, 2, 18, 0),
            TestWorld.GUADELOUPE);
    ConsultationId c =
        engine
            .consultations()
            .create(
                w.organiser,
                CreateConsultation.of("guadeloupe", "Mobilité en Guadeloupe", schedule)
                    .withDescription("Comment circuler demain ?"))
            .id();
    engine.consultations().publish(w.organiser, c);
    w.clock.set(schedule.opensAt().plus(Duration.ofDays(1)));

    Homepage home = engine.reports().homepage(w.visitor, c, 5);

    assertThat(home.consultation().title()).isEqualTo("Mobilité en Guadeloupe");
    assertThat(home.consultation().description()).isEqualTo("Comment circuler demain ?");
    assertThat(home.consultation().slug()).isEqualTo("guadeloupe");
    assertThat(home.consultation().locale()).isEqualTo(Locale.FRENCH);
    assertThat(home.consultation().phase()).isEqualTo(Phase.OPEN);
    assertThat(home.consultation().zone()).isEqualTo(TestWorld.GUADELOUPE);
    assertThat(home.consultation().opensAt().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
    assertThat(home.consultation().closesAt().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 4, 2, 18, 0));
    assertThat(home.consultation().closeReason()).isNull();
    assertThat(home.asOf()).isEqualTo(w.clock.instant().atZone(TestWorld.GUADELOUPE));
    assertThat(home.news()).isEmpty();
    assertThat(home.timeline()).isEmpty();
  }

  @Test
  void anEarlyClosureShowsAsTheClosingWithItsReason() {
    w.clock.advance(Duration.ofDays(2));
    engine.consultations().closeEarly(w.organiser, new CloseEarly(s.c, "Réserve électorale"));

    Homepage home = engine.reports().homepage(w.visitor, s.c, 1);

    assertThat(home.consultation().phase()).isEqualTo(Phase.CLOSED);
    assertThat(home.consultation().closesAt().toInstant()).isEqualTo(w.clock.instant());
    assertThat(home.consultation().closeReason()).isEqualTo("Réserve électorale");
  }

  @Test
  void aDraftIsNotFoundByThePublic() {
    Failures.thrown(
        NotFoundException.class, () -> engine.reports().homepage(w.visitor, s.draft, 1));

    assertThat(engine.reports().homepage(w.organiser, s.draft, 1).consultation().phase())
        .isEqualTo(Phase.DRAFT);
  }

  @Test
  void theNumberOfNewsItemsIsBetweenZeroAndAHundred() {
    InvalidInputException negative =
        Failures.thrown(
            InvalidInputException.class, () -> engine.reports().homepage(w.visitor, s.c, -1));
    InvalidInputException tooMany =
        Failures.thrown(
            InvalidInputException.class,
            () -> engine.reports().homepage(w.visitor.withLocale(Locale.ENGLISH), s.c, 101));

    assertThat(negative.violations().get(0).code()).isEqualTo("report.news-items");
    assertThat(negative.violations().get(0).path()).isEqualTo("newsItems");
    assertThat(negative.violations().get(0).message())
        .isEqualTo("Le nombre de brèves doit être compris entre 0 et 100.");
    assertThat(tooMany.violations().get(0).message())
        .isEqualTo("The number of news items must be between 0 and 100.");
    assertThat(engine.reports().homepage(w.visitor, s.c, 100).news()).hasSize(1);
  }
}
