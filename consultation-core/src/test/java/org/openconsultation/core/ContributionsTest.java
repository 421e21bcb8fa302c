package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ContributionFilter;

/** Contributions: submission, revisions, references, withdrawal and pre-moderation. */
class ContributionsTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;
  private final ConsultationId c = w.open();
  private final ThemeId theme = w.theme(c, "Mobilité");

  ContributionsTest() {
    w.register(w.alice, c);
    w.register(w.bob, c);
  }

  @Test
  void aSubmissionIsPublishedAtOnceUnderPostModerationWithTheFirstReference() {
    Contribution x =
        engine
            .contributions()
            .submit(
                w.alice,
                new SubmitContribution(
                    c, theme, "Des pistes cyclables", "Rue par rue", new GeoPoint(48.85, 2.35)));

    assertThat(x.reference()).isEqualTo(new Reference(1));
    assertThat(x.status()).isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(x.kind()).isEqualTo(ContributionKind.INDIVIDUAL);
    assertThat(x.author()).isEqualTo(w.alice.participant());
    assertThat(x.territory()).isEqualTo("75"); // the author's
    assertThat(x.location()).isEqualTo(new GeoPoint(48.85, 2.35));
    assertThat(x.revision()).isEqualTo(1);
    assertThat(x.submittedAt()).isEqualTo(TestWorld.T0);
    assertThat(engine.contributions().get(w.visitor, c, x.id())).isEqualTo(x);
  }

  @Test
  void editsMakeRevisionsAndTheOriginalTextStaysCitable() {
    Contribution x = w.submit(w.alice, c, theme, "Version 1");
    w.clock.advance(Duration.ofHours(2));
    Instant editedAt = w.clock.instant();

    Contribution edited =
        engine
            .contributions()
            .edit(
                w.alice,
                new EditContribution(c, x.id(), "Version 2", "Texte revu", "Coquille corrigée"));

    assertThat(edited.revision()).isEqualTo(2);
    assertThat(edited.reference()).isEqualTo(x.reference());
    assertThat(edited.title()).isEqualTo("Version 2");
    assertThat(edited.updatedAt()).isEqualTo(editedAt);
    assertThat(edited.submittedAt()).isEqualTo(x.submittedAt());
    List<Revision> revisions = engine.contributions().revisions(w.visitor, c, x.id());
    assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
    assertThat(revisions).extracting(Revision::title).containsExactly("Version 1", "Version 2");
    assertThat(revisions.get(1).note()).isEqualTo("Coquille corrigée");
    assertThat(revisions.get(1).editor()).isEqualTo(w.alice.participant());
    assertThat(revisions.get(1).createdAt()).isEqualTo(editedAt);

    ResolvedReference current = engine.contributions().resolve(w.visitor, c, "C-1");
    assertThat(current.contribution()).isEqualTo(edited);
    assertThat(current.revision().number()).isEqualTo(2);
    assertThat(current.citation()).isEqualTo("C-1.2");
    ResolvedReference original = engine.contributions().resolve(w.visitor, c, "C-1.1");
    assertThat(original.revision().title()).isEqualTo("Version 1");
    assertThat(original.revision().body()).isEqualTo("Le texte de Version 1");
    assertThat(original.citation()).isEqualTo("C-1.1");
    assertThat(original.contribution()).isEqualTo(edited);
  }

  @Test
  void aRevisionThatDoesNotExistIsNotFound() {
    w.submit(w.alice, c, theme, "Idée");

    NotFoundException e =
        Failures.thrown(
            NotFoundException.class, () -> engine.contributions().resolve(w.visitor, c, "C-1.2"));
    NotFoundException none =
        Failures.thrown(
            NotFoundException.class, () -> engine.contributions().resolve(w.visitor, c, "C-7"));

    assertThat(e.code()).isEqualTo("revision.not-found");
    assertThat(none.code()).isEqualTo("contribution.not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "C", "C-", "C-0", "C-01", "c-1", "X-1", "C-1.", "C-1.0", "C-1.2.3"})
  void aMalformedReferenceIsInvalidInput(String reference) {
    w.submit(w.alice, c, theme, "Idée");

    InvalidInputException fr =
        Failures.thrown(
            InvalidInputException.class,
            () -> engine.contributions().resolve(w.visitor, c, reference));
    InvalidInputException en =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine.contributions().resolve(w.visitor.withLocale(Locale.ENGLISH), c, reference));

    assertThat(fr.violations()).hasSize(1);
    assertThat(fr.violations().get(0).code()).isEqualTo("reference.format");
    assertThat(fr.violations().get(0).path()).isEqualTo("reference");
    assertThat(fr.violations().get(0).message()).startsWith("Une référence s'écrit comme C-42");
    assertThat(en.violations().get(0).message()).startsWith("Expected a reference such as C-42");
  }

  @Test
  void referencesAreNeverReusedAfterAWithdrawal() {
    Contribution first = w.submit(w.alice, c, theme, "Un");
    Contribution second = w.submit(w.bob, c, theme, "Deux");

    Contribution withdrawn =
        engine.contributions().withdraw(w.bob, new WithdrawContribution(c, second.id()));
    Contribution third = w.submit(w.bob, c, theme, "Trois");

    assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
    assertThat(List.of(first, second, third))
        .extracting(x -> x.reference().toString())
        .containsExactly("C-1", "C-2", "C-3");
    // Still resolvable by its author, and the number stays taken.
    assertThat(engine.contributions().resolve(w.bob, c, "C-2").contribution().status())
        .isEqualTo(PublicationStatus.WITHDRAWN);
  }

  @Test
  void aWithdrawnContributionDisappearsForOthersAndCannotBeChangedAgain() {
    Contribution x = w.submit(w.alice, c, theme, "Idée");
    engine.contributions().withdraw(w.alice, new WithdrawContribution(c, x.id()));

    assertThat(engine.contributions().list(w.visitor, c, ContributionFilter.all())).isEmpty();
    assertThat(engine.contributions().list(w.bob, c, ContributionFilter.all())).isEmpty();
    assertThat(engine.contributions().list(w.alice, c, ContributionFilter.all()))
        .extracting(Contribution::id)
        .containsExactly(x.id());
    assertThat(
            Failures.thrown(
                    NotFoundException.class, () -> engine.contributions().get(w.bob, c, x.id()))
                .code())
        .isEqualTo("contribution.not-found");
    InvalidInputException again =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .contributions()
                    .edit(w.alice, new EditContribution(c, x.id(), "Titre", "Texte", "")));
    assertThat(again.violations().get(0).code()).isEqualTo("contribution.not-editable");
  }

  @Test
  void underPreModerationASubmissionWaitsHiddenFromThePublicUntilApproved() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Mobilité");
    w.register(w.alice, pre);
    w.register(w.bob, pre);

    Contribution x = w.submit(w.alice, pre, t, "En attente");

    assertThat(x.status()).isEqualTo(PublicationStatus.PENDING);
    assertThat(engine.contributions().list(w.visitor, pre, ContributionFilter.all())).isEmpty();
    assertThat(engine.contributions().list(w.bob, pre, ContributionFilter.all())).isEmpty();
    Failures.thrown(NotFoundException.class, () -> engine.contributions().get(w.bob, pre, x.id()));
    Failures.thrown(
        NotFoundException.class, () -> engine.contributions().resolve(w.visitor, pre, "C-1"));
    assertThat(engine.contributions().get(w.alice, pre, x.id()).status())
        .isEqualTo(PublicationStatus.PENDING);
    assertThat(engine.contributions().list(w.alice, pre, ContributionFilter.all())).hasSize(1);
    assertThat(engine.contributions().get(w.moderator, pre, x.id())).isEqualTo(x);
    assertThat(engine.moderation().queue(w.moderator, pre).contributions())
        .extracting(Contribution::id)
        .containsExactly(x.id());

    engine
        .moderation()
        .decide(
            w.moderator,
            new Moderate(pre, ContentRef.of(x.id()), ModerationAction.APPROVE, "Conforme"));

    assertThat(engine.contributions().get(w.visitor, pre, x.id()).status())
        .isEqualTo(PublicationStatus.PUBLISHED);
    assertThat(engine.contributions().list(w.bob, pre, ContributionFilter.all())).hasSize(1);
    assertThat(engine.moderation().queue(w.moderator, pre).contributions()).isEmpty();
  }

  @Test
  void anAuthorMayEditAPendingContribution() {
    ConsultationId pre =
        w.open(ConsultationSettings.defaults().withModerationMode(ModerationMode.PRE));
    ThemeId t = w.theme(pre, "Mobilité");
    w.register(w.alice, pre);
    Contribution x = w.submit(w.alice, pre, t, "En attente");

    Contribution edited =
        engine
            .contributions()
            .edit(w.alice, new EditContribution(pre, x.id(), "Corrigé", "Texte", ""));

    assertThat(edited.status()).isEqualTo(PublicationStatus.PENDING);
    assertThat(edited.revision()).isEqualTo(2);
  }

  @Test
  void institutionalAndAssistedContributionsCarryTheirProvenance() {
    w.register(w.association, c, ParticipantKind.ASSOCIATION, "971");
    w.register(w.facilitator, c);

    Contribution institutional =
        engine
            .contributions()
            .submitInstitutional(
                w.association,
                new SubmitInstitutionalContribution(
                    c, theme, "Position de l'association", "Texte", "Vélo 971", null));
    Contribution assisted =
        engine
            .contributions()
            .submitAssisted(
                w.facilitator,
                new SubmitAssistedContribution(
                    c, theme, "Dit à l'accueil", "Texte", "Mme Durand", "974", null));

    assertThat(institutional.kind()).isEqualTo(ContributionKind.INSTITUTIONAL);
    assertThat(institutional.provenance()).isEqualTo(new Provenance.Institutional("Vélo 971"));
    assertThat(institutional.territory()).isEqualTo("971");
    assertThat(assisted.kind()).isEqualTo(ContributionKind.INDIVIDUAL);
    assertThat(assisted.provenance())
        .isEqualTo(new Provenance.Individual(new Provenance.Assistance("Mme Durand")));
    assertThat(((Provenance.Individual) assisted.provenance()).assisted()).isTrue();
    assertThat(assisted.author()).isEqualTo(w.facilitator.participant());
    assertThat(assisted.territory()).isEqualTo("974");
    assertThat(
            engine
                .contributions()
                .list(
                    w.visitor,
                    c,
                    ContributionFilter.published().withKind(ContributionKind.INSTITUTIONAL)))
        .containsExactly(institutional);
  }

  @Test
  void aContributionMustBelongToOneOfTheConsultationsThemes() {
    ConsultationId other = w.open();
    ThemeId foreign = w.theme(other, "Ailleurs");

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class, () -> w.submit(w.alice, c, foreign, "Au mauvais endroit"));

    assertThat(e.violations().get(0).code()).isEqualTo("theme.unknown");
    assertThat(engine.contributions().list(w.organiser, c, ContributionFilter.all())).isEmpty();
  }

  @Test
  void aLocationNeedsTheGeolocationFeature() {
    ConsultationId noMap =
        w.open(
            ConsultationSettings.defaults()
                .withFeatures(EnumSet.complementOf(EnumSet.of(Feature.GEOLOCATION))));
    ThemeId t = w.theme(noMap, "Mobilité");
    w.register(w.alice, noMap);

    ForbiddenException e =
        Failures.thrown(
            ForbiddenException.class,
            () ->
                engine
                    .contributions()
                    .submit(
                        w.alice,
                        new SubmitContribution(noMap, t, "Ici", "Texte", new GeoPoint(45, 5))));

    assertThat(e.code()).isEqualTo("feature.disabled");
    assertThat(w.submit(w.alice, noMap, t, "Sans lieu").location()).isNull();
  }

  @Test
  void listsAreOrderedByReferenceAndFilteredByTheme() {
    ThemeId housing = w.theme(c, "Logement");
    Contribution a = w.submit(w.alice, c, theme, "A");
    Contribution b = w.submit(w.bob, c, housing, "B");
    Contribution d = w.submit(w.alice, c, housing, "D");

    assertThat(engine.contributions().list(w.visitor, c, ContributionFilter.published()))
        .extracting(Contribution::id)
        .containsExactly(a.id(), b.id(), d.id());
    assertThat(
            engine
                .contributions()
                .list(w.visitor, c, ContributionFilter.published().withTheme(housing)))
        .extracting(Contribution::id)
        .containsExactly(b.id(), d.id());
    assertThat(
            engine
                .contributions()
                .list(w.visitor, c, ContributionFilter.all().withAuthor(w.alice.participant())))
        .extracting(Contribution::id)
        .containsExactly(a.id(), d.id());
  }
}
