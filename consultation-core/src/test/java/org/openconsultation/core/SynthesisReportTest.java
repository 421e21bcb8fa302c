package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.ranking.CollectiveWeighting;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.report.Citation;
import org.openconsultation.core.report.KeyFigures;
import org.openconsultation.core.report.RankedContribution;
import org.openconsultation.core.report.SynthesisOptions;
import org.openconsultation.core.report.SynthesisReport;
import org.openconsultation.core.report.ThemeFigures;
import org.openconsultation.core.report.ThemeSection;
import org.openconsultation.core.report.WorkshopSummary;

/** The synthesis report: what it holds, how it ranks, and who may read it when. */
class SynthesisReportTest {

  private final Scene s = new Scene();
  private final TestWorld w = s.w;
  private final ConsultationEngine engine = s.engine;

  private void support(Actor actor, Contribution x) {
    engine.votes().cast(actor, new CastBallot(s.c, x.id(), Ballot.support()));
  }

  private static List<Reference> references(ThemeSection theme) {
    return theme.contributions().stream().map(RankedContribution::reference).toList();
  }

  @Test
  void eachThemeRanksItsPublishedContributionsAsTheRankingsDo() {
    support(w.alice, s.collective);
    support(w.bob, s.collective);

    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    assertThat(report.rule()).isEqualTo("support");
    assertThat(report.ruleVersion()).isEqualTo(1);
    assertThat(report.themes())
        .extracting(ThemeSection::title)
        .containsExactly("Mobilité", "Logement");
    assertThat(references(report.themes().get(0)))
        .containsExactly(s.collective.reference(), s.aliceIdea.reference());
    for (ThemeSection theme : report.themes()) {
      Ranking ranking = engine.rankings().rank(w.visitor, RankingQuery.of(s.c).theme(theme.id()));
      assertThat(references(theme)).containsExactlyElementsOf(ranking.references());
      assertThat(theme.contributions())
          .extracting(RankedContribution::explanation)
          .containsExactlyElementsOf(
              ranking.entries().stream().map(RankingEntry::explanation).toList());
      assertThat(theme.contributions())
          .extracting(RankedContribution::rank)
          .containsExactlyElementsOf(ranking.entries().stream().map(RankingEntry::rank).toList());
    }
  }

  @Test
  void theRuleTheCallerNamesAndItsWeightingReplaceTheDefault() {
    support(w.alice, s.collective);
    support(w.bob, s.collective);

    SynthesisReport byComments =
        engine
            .reports()
            .synthesis(w.visitor, s.c, SynthesisOptions.defaults().rule("most-commented"));
    SynthesisReport weighted =
        engine
            .reports()
            .synthesis(
                w.visitor,
                s.c,
                SynthesisOptions.defaults().collective(CollectiveWeighting.attendees()));

    assertThat(byComments.rule()).isEqualTo("most-commented");
    assertThat(references(byComments.themes().get(0)))
        .containsExactly(s.aliceIdea.reference(), s.collective.reference());
    assertThat(weighted.ruleParameters()).containsEntry("collective", "attendees");
    assertThat(weighted.themes().get(0).contributions().get(0).score()).isEqualTo(2 + 12);
  }

  @Test
  void theConsultationsDefaultRuleIsUsedWhenNoneIsNamed() {
    ConsultationId c = w.open(ConsultationSettings.defaults().withDefaultRankingRule("recent"));
    ThemeId t = w.theme(c, "Budget");
    w.register(w.alice, c);
    w.submit(w.alice, c, t, "Premier");
    w.clock.advance(Duration.ofMinutes(1));
    w.submit(w.alice, c, t, "Second");

    SynthesisReport report = engine.reports().synthesis(w.visitor, c);

    assertThat(report.rule()).isEqualTo("recent");
    assertThat(references(report.themes().get(0)))
        .containsExactly(new Reference(2), new Reference(1));
  }

  @Test
  void anUnknownRuleIsInvalidInput() {
    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .reports()
                    .synthesis(w.visitor, s.c, SynthesisOptions.defaults().rule("nope")));

    assertThat(e.violations().get(0).code()).isEqualTo("ranking.rule");
  }

  @Test
  void keyFiguresAndThemeFiguresCountPublishedContentOnly() {
    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(s.c, ContentRef.of(s.bobIdea.id()), ModerationAction.HIDE, "Hors sujet"));
    Contribution withdrawn = w.submit(w.erin, s.c, s.housing, "Retirée");
    engine.contributions().withdraw(w.erin, new WithdrawContribution(s.c, withdrawn.id()));

    SynthesisReport report = engine.reports().synthesis(w.moderator, s.c);

    KeyFigures figures = report.figures();
    assertThat(figures.participants()).isEqualTo(7);
    assertThat(figures.contributions(ContributionKind.INDIVIDUAL)).isEqualTo(1);
    assertThat(figures.contributions(ContributionKind.COLLECTIVE)).isEqualTo(1);
    assertThat(figures.contributions(ContributionKind.INSTITUTIONAL)).isZero();
    assertThat(figures.comments()).as("the comment on the hidden idea is left out").isEqualTo(1);
    assertThat(figures.workshops()).isEqualTo(1);
    assertThat(figures.attendees()).isEqualTo(12);
    assertThat(figures.supports()).isEqualTo(1);
    ThemeSection housing = report.themes().get(1);
    assertThat(housing.contributions()).isEmpty();
    assertThat(housing.figures().totalContributions()).isZero();
    assertThat(report.citations())
        .extracting(Citation::reference)
        .containsExactly(s.aliceIdea.reference(), s.collective.reference());
    assertThat(report.toMarkdown()).contains("Aucune contribution publiée.");
  }

  @Test
  void eachThemeHasItsFiguresAndTheWorkshopsThatContributedToIt() {
    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    ThemeSection mobility = report.themes().get(0);
    ThemeFigures figures = mobility.figures();
    assertThat(figures.contributions(ContributionKind.INDIVIDUAL)).isEqualTo(1);
    assertThat(figures.contributions(ContributionKind.COLLECTIVE)).isEqualTo(1);
    assertThat(figures.comments()).isEqualTo(1);
    assertThat(figures.supports()).isEqualTo(1);
    assertThat(figures.workshops()).isEqualTo(1);
    assertThat(figures.attendees()).isEqualTo(12);
    WorkshopSummary workshop = mobility.workshops().get(0);
    assertThat(workshop.id()).isEqualTo(s.workshop.id());
    assertThat(workshop.title()).isEqualTo("Atelier mobilité");
    assertThat(workshop.heldAt()).isEqualTo(s.workshop.heldAt());
    assertThat(workshop.place()).isEqualTo("Médiathèque");
    assertThat(workshop.territory()).isEqualTo("971");
    assertThat(workshop.contributions()).containsExactly(s.collective.reference());
    assertThat(report.themes().get(1).workshops()).isEmpty();
    assertThat(report.themes().get(1).figures().workshops()).isZero();
  }

  @Test
  void aWorkshopAppearsInEveryThemeItWorkedOnEvenWithoutContribution() {
    ThemeId other = w.theme(s.c, "Espaces verts");
    engine
        .workshops()
        .record(
            w.organiser,
            new RecordWorkshop(
                s.c,
                "Atelier nature",
                "",
                LocalDateTime.of(2026, 3, 6, 10, 0),
                TestWorld.place(),
                8,
                Set.of(w.facilitator.participant()),
                List.of(other)));

    ThemeSection section = engine.reports().synthesis(w.visitor, s.c).themes().get(2);

    assertThat(section.workshops())
        .extracting(WorkshopSummary::title)
        .containsExactly("Atelier nature");
    assertThat(section.workshops().get(0).contributions()).isEmpty();
    assertThat(section.figures().attendees()).isEqualTo(8);
  }

  @Test
  void eachContributionSaysWhoItSpeaksFor() {
    Contribution institutional =
        engine
            .contributions()
            .submitInstitutional(
                w.association,
                new SubmitInstitutionalContribution(
                    s.c, s.housing, "Avis de l'association", "Texte", "Vélo Ville", null));
    Contribution assisted =
        engine
            .contributions()
            .submitAssisted(
                w.facilitator,
                new SubmitAssistedContribution(
                    s.c, s.housing, "Dit au guichet", "Texte", "Rose Lefèvre", "971", null));

    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    assertThat(attribution(report, s.aliceIdea)).isEqualTo("Name of alice");
    assertThat(attribution(report, s.collective)).isEqualTo("Atelier mobilité");
    assertThat(attribution(report, institutional)).isEqualTo("Vélo Ville");
    assertThat(attribution(report, assisted)).isEqualTo("Rose Lefèvre");
    assertThat(find(report, s.collective).workshop()).isEqualTo(s.workshop.id());
    assertThat(find(report, institutional).kind()).isEqualTo(ContributionKind.INSTITUTIONAL);
  }

  @Test
  void aContributionIsCitedAtItsCurrentRevisionWithThatRevisionsPermalink() {
    Contribution edited =
        engine
            .contributions()
            .edit(
                w.alice,
                new EditContribution(
                    s.c, s.aliceIdea.id(), "Des pistes protégées", "Texte revu", "Précision"));
    String slug = engine.consultations().get(w.visitor, s.c).slug();

    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    RankedContribution cited = find(report, edited);
    assertThat(cited.citation().toString()).isEqualTo("C-1.2");
    assertThat(cited.link()).isEqualTo("/c/" + slug + "/C-1.2");
    assertThat(cited.anchor()).isEqualTo("C-1");
    ResolvedReference resolved = engine.contributions().resolve(w.visitor, s.c, "C-1.2");
    assertThat(cited.title())
        .isEqualTo(resolved.revision().title())
        .isEqualTo("Des pistes protégées");
    assertThat(cited.body()).isEqualTo(resolved.revision().body());
    ResolvedReference original = engine.contributions().resolve(w.visitor, s.c, "C-1.1");
    assertThat(original.revision().title()).isEqualTo("Des pistes cyclables");
    assertThat(engine.contributions().resolve(w.visitor, s.c, "C-1").citation()).isEqualTo("C-1.2");
    Citation line = report.citations().get(0);
    assertThat(line.citation()).isEqualTo(cited.citation());
    assertThat(line.link()).isEqualTo(cited.link());
    assertThat(line.theme()).isEqualTo("Mobilité");
  }

  @Test
  void theCitationIndexListsEveryContributionOfTheReportByReference() {
    Contribution later = w.submit(w.erin, s.c, s.mobility, "Plus tard");
    support(w.alice, later);
    support(w.bob, later);

    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    List<Reference> everyContribution =
        report.themes().stream().flatMap(t -> references(t).stream()).toList();
    assertThat(report.citations())
        .extracting(Citation::reference)
        .containsExactlyInAnyOrderElementsOf(everyContribution)
        .isSortedAccordingTo(Comparator.comparingLong(Reference::number));
    assertThat(report.citations()).extracting(Citation::anchor).doesNotHaveDuplicates();
  }

  @Test
  void whileResultsAreHiddenOnlyThoseWhoMayReadThemGetTheSynthesis() {
    ConsultationId hidden =
        w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId t = w.theme(hidden, "Budget");
    w.register(w.alice, hidden);
    w.submit(w.alice, hidden, t, "Idée");

    PhaseException refused =
        Failures.thrown(PhaseException.class, () -> engine.reports().synthesis(w.alice, hidden));
    Failures.thrown(PhaseException.class, () -> engine.reports().synthesis(w.visitor, hidden));
    SynthesisReport forModerator = engine.reports().synthesis(w.moderator, hidden);
    w.clock.advance(Duration.ofDays(31));
    SynthesisReport afterClose = engine.reports().synthesis(w.visitor, hidden);

    assertThat(refused.code()).isEqualTo("results-hidden");
    assertThat(refused.getMessage()).contains("cachés");
    assertThat(forModerator.consultation().phase()).isEqualTo(Phase.OPEN);
    assertThat(afterClose.consultation().phase()).isEqualTo(Phase.CLOSED);
    assertThat(afterClose.themes().get(0).contributions()).hasSize(1);
  }

  @Test
  void aDraftIsNotFoundByThePublic() {
    Failures.thrown(NotFoundException.class, () -> engine.reports().synthesis(w.visitor, s.draft));

    assertThat(engine.reports().synthesis(w.organiser, s.draft).consultation().phase())
        .isEqualTo(Phase.DRAFT);
  }

  @Test
  void theReportsWordsFollowTheReadersLanguageAndItsLangTheConsultations() {
    SynthesisReport french = engine.reports().synthesis(w.visitor, s.c);
    SynthesisReport english = engine.reports().synthesis(w.visitor.withLocale(Locale.ENGLISH), s.c);
    SynthesisReport german = engine.reports().synthesis(w.visitor.withLocale(Locale.GERMAN), s.c);

    assertThat(french.toMarkdown()).contains("## Chiffres clés", "## Index des citations");
    assertThat(english.toMarkdown()).contains("## Key figures", "## Citation index");
    assertThat(german.toMarkdown()).isEqualTo(english.toMarkdown());
    assertThat(english.toHtml()).startsWith("<article class=\"oc-synthesis\" lang=\"fr\">");
  }

  @Test
  void theDatesAreInTheConsultationsZone() {
    SynthesisReport report = engine.reports().synthesis(w.visitor, s.c);

    assertThat(report.computedAt().getZone()).isEqualTo(TestWorld.PARIS);
    assertThat(report.computedAt().toInstant()).isEqualTo(w.clock.instant());
    assertThat(report.consultation().opensAt().getZone()).isEqualTo(TestWorld.PARIS);
  }

  @Test
  void aThemeWithoutContributionIsStillReported() {
    engine.themes().add(w.organiser, new AddTheme(s.c, "Vide", "Rien ici"));

    ThemeSection empty = engine.reports().synthesis(w.visitor, s.c).themes().get(2);

    assertThat(empty.title()).isEqualTo("Vide");
    assertThat(empty.contributions()).isEmpty();
    assertThat(empty.figures().totalContributions()).isZero();
  }

  private static RankedContribution find(SynthesisReport report, Contribution x) {
    return report.themes().stream()
        .flatMap(t -> t.contributions().stream())
        .filter(r -> r.reference().equals(x.reference()))
        .findFirst()
        .orElseThrow();
  }

  private static String attribution(SynthesisReport report, Contribution x) {
    return find(report, x).attribution();
  }
}
