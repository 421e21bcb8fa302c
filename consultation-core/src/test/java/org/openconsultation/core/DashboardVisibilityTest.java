package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DayFigures;
import org.openconsultation.core.dashboard.KindFigures;
import org.openconsultation.core.dashboard.ThemeFigures;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;

/** What each reader may see: published content, and votes only while results are visible. */
class DashboardVisibilityTest {

  private final DashboardFixture f = new DashboardFixture();

  private ConsultationId hiddenResults() {
    return f.open(
        TestWorld.PARIS, ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
  }

  @Test
  void whileResultsAreHiddenNoBallotOrSupportLeaksToParticipants() {
    ConsultationId c = hiddenResults();
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.w.register(f.w.carol, c);
    Contribution idea = f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");
    f.support(f.w.carol, c, idea);

    for (var reader : List.of(f.w.visitor, f.w.alice, f.w.carol)) {
      DashboardFigures figures = f.figures(reader, c);

      assertThat(figures.votesVisible()).isFalse();
      assertThat(figures.days()).extracting(DayFigures::ballots).containsOnlyNulls();
      assertThat(figures.days()).extracting(DayFigures::totalBallots).containsOnlyNulls();
      assertThat(figures.themes()).extracting(ThemeFigures::supports).containsOnlyNulls();
      assertThat(figures.themes()).extracting(ThemeFigures::ballots).containsOnlyNulls();
      assertThat(figures.kinds()).extracting(KindFigures::supports).containsOnlyNulls();
      assertThat(f.engine.dashboard().funnel(reader, c, 10).voted()).isNull();
    }
  }

  @Test
  void whileResultsAreHiddenTheChartsLeaveVotesOutAndSaySo() {
    ConsultationId c = hiddenResults();
    f.w.register(f.w.alice, c);

    DashboardCharts charts = DashboardCharts.of(f.figures(f.w.visitor, c), Locale.ENGLISH);

    assertThat(charts.perDay().table().headers())
        .containsExactly("Day", "Registrations", "Contributions", "Comments");
    assertThat(charts.perDay().table().caption())
        .contains("votes hidden until the consultation closes");
    assertThat(charts.themes().table().headers()).doesNotContain("Supports");
  }

  @Test
  void organisersSeeHiddenResultsAndEveryoneSeesThemAfterClosing() {
    ConsultationId c = hiddenResults();
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.w.register(f.w.carol, c);
    Contribution idea = f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");
    f.support(f.w.carol, c, idea);

    assertThat(f.figures(f.w.organiser, c).themes().get(0).supports()).isEqualTo(1);
    f.at("2026-04-10T12:00:00Z");
    DashboardFigures after = f.figures(f.w.visitor, c);
    assertThat(after.votesVisible()).isTrue();
    assertThat(after.days().get(0).ballots()).isEqualTo(1);
  }

  @Test
  void hiddenContentIsNotCountedForVisitorsButIsForModeratorsWithALabel() {
    Scene s = new Scene(f.w);
    f.hide(s.c, s.bobIdea);

    DashboardFigures visitor = s.engine.dashboard().figures(s.w.visitor, s.c);
    DashboardFigures moderator = s.engine.dashboard().figures(s.w.moderator, s.c);

    assertThat(visitor.includesUnpublished()).isFalse();
    assertThat(visitor.statuses()).containsExactly(PublicationStatus.PUBLISHED);
    assertThat(visitor.days().get(0).totalContributions()).isEqualTo(2);
    assertThat(visitor.days().get(0).totalComments()).isEqualTo(1); // alice's comment on bob's idea
    assertThat(visitor.themes().get(1).contributions()).isZero();
    assertThat(visitor.territories().contributions()).isEqualTo(2);
    assertThat(moderator.includesUnpublished()).isTrue();
    assertThat(moderator.days().get(0).totalContributions()).isEqualTo(3);
    assertThat(moderator.days().get(0).totalComments()).isEqualTo(2);
    assertThat(DashboardCharts.of(moderator, Locale.ENGLISH).themes().table().caption())
        .contains("all statuses, including unpublished content");
    assertThat(DashboardCharts.of(visitor, Locale.ENGLISH).themes().table().caption())
        .doesNotContain("unpublished");
  }

  @Test
  void hiddenContentDoesNotCountForTheAuthorEither() {
    Scene s = new Scene(f.w);
    f.hide(s.c, s.bobIdea);

    assertThat(s.engine.dashboard().figures(s.w.bob, s.c).days().get(0).totalContributions())
        .isEqualTo(2);
  }

  @Test
  void ballotsOnHiddenContributionsAreNotCountedForVisitors() {
    Scene s = new Scene(f.w);
    f.hide(s.c, s.aliceIdea); // carol's only ballot is on it

    assertThat(s.engine.dashboard().figures(s.w.visitor, s.c).days().get(0).ballots()).isZero();
    assertThat(s.engine.dashboard().funnel(s.w.visitor, s.c, 100).voted()).isZero();
    assertThat(s.engine.dashboard().funnel(s.w.organiser, s.c, 100).voted()).isEqualTo(1);
  }

  @Test
  void topContributionsByABallotRuleAreWithheldWhileResultsAreHidden() {
    ConsultationId c = hiddenResults();
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");

    List<TopContributions> top =
        f.engine.dashboard().top(f.w.visitor, c, List.of("support", "recent"), 5);

    assertThat(top.get(0).resultsHidden()).isTrue();
    assertThat(top.get(0).entries()).isEmpty();
    assertThat(top.get(1).resultsHidden()).isFalse();
    assertThat(top.get(1).entries()).hasSize(1);
  }

  @Test
  void aDraftIsNotFoundByVisitorsButOrganisersSeeItsFigures() {
    Scene s = new Scene(f.w);

    assertThatThrownBy(() -> s.engine.dashboard().figures(s.w.visitor, s.draft))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> s.engine.dashboard().funnel(s.w.visitor, s.draft, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> s.engine.dashboard().top(s.w.visitor, s.draft, 3))
        .isInstanceOf(NotFoundException.class);
    assertThat(s.engine.dashboard().figures(s.w.organiser, s.draft).consultation())
        .isEqualTo(s.draft);
  }
}
