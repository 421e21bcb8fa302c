package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** News briefs, the public timeline and the order of themes. */
class NewsAndTimelineTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();

  private NewsItem news(String title) {
    return engine.news().publish(w.organiser, new PublishNews(c, title, "Texte de " + title));
  }

  private Milestone milestone(String label, LocalDate date) {
    return engine
        .milestones()
        .add(w.organiser, new AddMilestone(c, label, "", date, MilestoneStatus.PLANNED));
  }

  @Test
  void newsIsListedNewestFirst() {
    NewsItem first = news("Ouverture");
    w.clock.advance(Duration.ofDays(1));
    NewsItem second = news("Premier atelier");
    w.clock.advance(Duration.ofDays(1));
    NewsItem third = news("Mi-parcours");

    assertThat(engine.news().list(w.visitor, c))
        .extracting(NewsItem::id)
        .containsExactly(third.id(), second.id(), first.id());
    assertThat(third.publishedAt()).isEqualTo(TestWorld.T0.plus(Duration.ofDays(2)));
    assertThat(third.author()).isEqualTo(w.organiser.participant());
  }

  @Test
  void newsPublishedAtTheSameInstantIsStillNewestFirst() {
    NewsItem first = news("Un");
    NewsItem second = news("Deux");

    assertThat(engine.news().list(w.visitor, c))
        .extracting(NewsItem::id)
        .containsExactly(second.id(), first.id());
  }

  @Test
  void theNewsOfADraftIsHiddenFromThePublic() {
    ConsultationId draft = w.draft(ConsultationSettings.defaults(), w.openNow());
    engine.news().publish(w.organiser, new PublishNews(draft, "Bientôt", "Texte"));

    assertThat(engine.news().list(w.organiser, draft)).hasSize(1);
    assertThat(
            Failures.thrown(NotFoundException.class, () -> engine.news().list(w.visitor, draft))
                .code())
        .isEqualTo("consultation.not-found");
  }

  @Test
  void theTimelineIsOrderedByDateWhateverTheOrderOfEntry() {
    Milestone synthesis = milestone("Synthèse", LocalDate.of(2026, 6, 1));
    Milestone opening = milestone("Ouverture", LocalDate.of(2026, 3, 1));
    Milestone workshops = milestone("Ateliers", LocalDate.of(2026, 4, 15));

    assertThat(engine.milestones().timeline(w.visitor, c))
        .extracting(Milestone::id)
        .containsExactly(opening.id(), workshops.id(), synthesis.id());
  }

  @Test
  void movingAMilestonesDateReordersTheTimeline() {
    Milestone a = milestone("A", LocalDate.of(2026, 3, 1));
    Milestone b = milestone("B", LocalDate.of(2026, 4, 1));

    Milestone moved =
        engine
            .milestones()
            .update(
                w.organiser,
                new UpdateMilestone(
                    c, a.id(), "A, reportée", "", LocalDate.of(2026, 5, 1), MilestoneStatus.DONE));

    assertThat(moved.status()).isEqualTo(MilestoneStatus.DONE);
    assertThat(engine.milestones().timeline(w.visitor, c))
        .extracting(Milestone::label)
        .containsExactly("B", "A, reportée");
    assertThat(engine.milestones().timeline(w.visitor, c).get(0)).isEqualTo(b);
  }

  @Test
  void updatingAnUnknownMilestoneIsNotFound() {
    NotFoundException e =
        Failures.thrown(
            NotFoundException.class,
            () ->
                engine
                    .milestones()
                    .update(
                        w.organiser,
                        new UpdateMilestone(
                            c,
                            new MilestoneId(UUID.randomUUID()),
                            "X",
                            "",
                            LocalDate.of(2026, 5, 1),
                            MilestoneStatus.DONE)));
    assertThat(e.code()).isEqualTo("milestone.not-found");
  }

  // ---------------------------------------------------------------- themes

  private List<ThemeId> order() {
    return engine.themes().list(w.visitor, c).stream().map(Theme::id).toList();
  }

  private void assertContiguous() {
    assertThat(engine.themes().list(w.visitor, c))
        .extracting(Theme::position)
        .containsExactlyElementsOf(IntStream.range(0, order().size()).boxed().toList());
  }

  private Theme move(ThemeId id, String title, int position) {
    return engine.themes().update(w.organiser, new UpdateTheme(c, id, title, "", position));
  }

  @Test
  void themesAreAddedAtTheEnd() {
    ThemeId a = w.theme(c, "A");
    ThemeId b = w.theme(c, "B");
    ThemeId d = w.theme(c, "D");

    assertThat(order()).containsExactly(a, b, d);
    assertContiguous();
  }

  @Test
  void movingAThemeShiftsTheOthersAndKeepsPositionsZeroToNMinusOne() {
    ThemeId a = w.theme(c, "A");
    ThemeId b = w.theme(c, "B");
    ThemeId d = w.theme(c, "D");
    ThemeId e = w.theme(c, "E");

    Theme moved = move(e, "E", 0);
    assertThat(moved.position()).isZero();
    assertThat(order()).containsExactly(e, a, b, d);
    assertContiguous();

    move(e, "E", 2);
    assertThat(order()).containsExactly(a, b, e, d);
    assertContiguous();

    Theme last = move(a, "A", 99); // past the end means last
    assertThat(last.position()).isEqualTo(3);
    assertThat(order()).containsExactly(b, e, d, a);
    assertContiguous();

    Theme renamed = move(d, "D renommé", 2); // same place, new title
    assertThat(order()).containsExactly(b, e, d, a);
    assertThat(renamed.title()).isEqualTo("D renommé");
    assertThat(engine.themes().get(w.visitor, c, d).title()).isEqualTo("D renommé");
    assertContiguous();
  }

  @Test
  void movingTheOnlyThemeKeepsItAtZero() {
    ThemeId only = w.theme(c, "Seul");
    assertThat(move(only, "Seul", 5).position()).isZero();
    assertContiguous();
  }
}
