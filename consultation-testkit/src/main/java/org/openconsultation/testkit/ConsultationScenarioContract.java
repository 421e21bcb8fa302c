package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.CommentThread;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

/**
 * A whole consultation through the engine on the store under test: the 2017 consultation on digital
 * inclusion, open in Paris time from 8 February to 24 March 2017, with workshops in mainland
 * France, Guadeloupe, Réunion and New Caledonia, individual, collective and institutional
 * contributions, comments and supports; and a consultation closed early for an electoral reserve
 * period.
 */
public abstract class ConsultationScenarioContract extends StoreContract {

  private static final Actor VISITOR = Actor.visitor();

  /** For subclasses. */
  protected ConsultationScenarioContract() {}

  /** The story's beginning on the store under test: the consultation is published, with themes. */
  private Story2017 story() {
    return new Story2017(EngineFixture.on(store(), MutableClock.at(Instant.EPOCH)));
  }

  @Test
  void itIsOpenFromTheEighthOfFebruaryToTheEndOfTheTwentyFourthOfMarchInParisTime() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening();
    ConsultationId id = story.id;

    assertThat(phaseAt(story, Story2017.OPENS.minusSeconds(1))).isEqualTo(Phase.SCHEDULED);
    assertThat(phaseAt(story, Story2017.OPENS)).isEqualTo(Phase.OPEN);
    assertThat(phaseAt(story, Story2017.CLOSES.minusSeconds(1))).isEqualTo(Phase.OPEN);
    assertThat(phaseAt(story, Story2017.CLOSES)).isEqualTo(Phase.CLOSED);
    Consultation stored = fixture.engine().consultations().getBySlug(VISITOR, "numerique-inclusif");
    assertThat(stored.schedule().localOpening().toLocalDateTime())
        .isEqualTo(LocalDate.of(2017, 2, 8).atStartOfDay());
    assertThat(stored.schedule().zone()).isEqualTo(Story2017.PARIS);
    assertThat(fixture.engine().participants().count(VISITOR, id)).isEqualTo(17);
  }

  @Test
  void registrationsAreCountedPerDayInParisTime() {
    Story2017 story = story();
    story.registrationsThenOpening();
    story.clock.set(Instant.parse("2017-02-07T23:30:00Z"));
    story.fixture.participant(story.id, "night-owl");

    SortedMap<LocalDate, Long> perDay =
        story.engine.participants().registrationsPerDay(story.fixture.organiser(), story.id);

    // 23:30 UTC on 7 February is 00:30 on the 8th in Paris.
    assertThat(perDay)
        .containsExactly(
            Map.entry(LocalDate.of(2017, 2, 1), 17L), Map.entry(LocalDate.of(2017, 2, 8), 1L));
  }

  @Test
  void themesAreListedInTheOrderTheyWereAdded() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    List<Theme> themes = fixture.engine().themes().list(VISITOR, story.id);

    assertThat(themes)
        .extracting(Theme::title)
        .containsExactly(
            "Médiation numérique", "Diagnostic numérique du territoire", "Formation des aidants");
    assertThat(themes).extracting(Theme::position).containsExactly(0, 1, 2);
  }

  @Test
  void workshopsInMainlandFranceAndOverseasAreListedByTheInstantTheyWereHeld() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops();

    List<Workshop> workshops = fixture.engine().workshops().list(VISITOR, story.id);

    // On 20 February: 18:00 in Réunion is 14:00Z, 18:00 in Paris 17:00Z, 14:00 in Guadeloupe
    // 18:00Z; 08:00 on the 21st in Nouméa is 21:00Z on the 20th.
    assertThat(workshops)
        .containsExactly(story.reunion, story.paris, story.guadeloupe, story.noumea);
    assertThat(workshops)
        .extracting(w -> w.heldAt().toInstant())
        .containsExactly(
            Instant.parse("2017-02-20T14:00:00Z"),
            Instant.parse("2017-02-20T17:00:00Z"),
            Instant.parse("2017-02-20T18:00:00Z"),
            Instant.parse("2017-02-20T21:00:00Z"));
    assertThat(workshops)
        .extracting(w -> w.heldAt().getZone())
        .containsExactly(
            Story2017.REUNION, Story2017.PARIS, Story2017.GUADELOUPE, Story2017.NOUMEA);
  }

  @Test
  void contributionsOfTheThreeKindsGetReferencesInSubmissionOrderAndKeepTheirProvenance() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions();
    ConsultationId id = story.id;

    assertThat(story.contributions)
        .extracting(Contribution::reference)
        .containsExactly(ref(1), ref(2), ref(3), ref(4), ref(5), ref(6));
    assertThat(story.contributions)
        .extracting(Contribution::kind)
        .containsExactly(
            ContributionKind.INDIVIDUAL,
            ContributionKind.INDIVIDUAL,
            ContributionKind.COLLECTIVE,
            ContributionKind.COLLECTIVE,
            ContributionKind.INSTITUTIONAL,
            ContributionKind.INSTITUTIONAL);
    Contribution guadeloupe = get(story, 3);
    assertThat(guadeloupe.provenance())
        .isEqualTo(new Provenance.Collective(story.guadeloupe.id(), 18));
    assertThat(guadeloupe.territory()).isEqualTo("971");
    assertThat(guadeloupe.location()).isEqualTo(story.guadeloupe.place().point());
    assertThat(guadeloupe.author().value()).isEqualTo("fac-971");
    assertThat(get(story, 4).provenance())
        .isEqualTo(new Provenance.Collective(story.noumea.id(), 12));
    assertThat(get(story, 5).provenance())
        .isEqualTo(new Provenance.Institutional("Emmaüs Connect"));
    assertThat(get(story, 6).territory()).isEqualTo("974");
    assertThat(fixture.engine().workshops().contributions(VISITOR, id, story.guadeloupe.id()))
        .extracting(Contribution::reference)
        .containsExactly(ref(3));
    assertThat(fixture.engine().contributions().resolve(VISITOR, id, "C-5").contribution())
        .isEqualTo(story.ref(5));
  }

  @Test
  void commentsKeepTheirStanceAndTheirThread() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions().comments();
    ContributionId c1 = story.ref(1).id();

    List<Comment> comments = fixture.engine().comments().list(VISITOR, story.id, c1);
    List<CommentThread> threads = fixture.engine().comments().threads(VISITOR, story.id, c1);

    assertThat(comments).containsExactly(story.agree, story.disagree, story.reply);
    assertThat(comments)
        .extracting(Comment::stance)
        .containsExactly(Stance.AGREE, Stance.DISAGREE, null);
    assertThat(threads)
        .extracting(CommentThread::comment)
        .containsExactly(story.agree, story.disagree);
    assertThat(threads.get(1).replies())
        .extracting(CommentThread::comment)
        .containsExactly(story.reply);
  }

  @Test
  void aVoteOneSecondBeforeCloseIsAcceptedAndOneSecondAfterIsRefused() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions().supportsBeforeTheLastSecond();

    BallotRecord last = story.lastSecondSupport();
    assertThat(last.castAt()).isEqualTo(Story2017.CLOSES.minusSeconds(1));
    fixture.clock().set(Story2017.CLOSES);
    assertThatThrownBy(() -> story.support("g", 6))
        .isInstanceOfSatisfying(
            PhaseException.class, e -> assertThat(e.phase()).isEqualTo(Phase.CLOSED));
    fixture.clock().set(Story2017.CLOSES.plusSeconds(1));
    assertThatThrownBy(() -> story.support("h", 6))
        .isInstanceOfSatisfying(
            PhaseException.class, e -> assertThat(e.phase()).isEqualTo(Phase.CLOSED));

    assertThat(tally(story, 4).supports()).isEqualTo(2);
    assertThat(tally(story, 6)).isEqualTo(Tally.empty(story.ref(6).id()));
    assertThat(
            store().ballots().find(story.id, story.ref(6).id(), Story2017.actor("h").participant()))
        .isEmpty();
  }

  @Test
  void aSupportBeyondTheLimitIsRefusedAndNotCounted() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions().supportsBeforeTheLastSecond();

    assertThatThrownBy(() -> story.support("a", 6)).isInstanceOf(LimitReachedException.class);

    assertThat(fixture.engine().votes().supportsLeft(Story2017.actor("a"), story.id)).hasValue(0);
    assertThat(fixture.engine().votes().supportsLeft(Story2017.actor("f"), story.id)).hasValue(2);
    assertThat(tally(story, 6).supports()).isZero();
  }

  @Test
  void theSupportCountRankingIsTheOrderComputedByHandFromTheSupports() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions().supportsBeforeTheLastSecond();
    story.lastSecondSupport();
    fixture.clock().set(Story2017.CLOSES.plusSeconds(1));

    Ranking ranking =
        fixture.engine().rankings().rank(VISITOR, RankingQuery.of(story.id).rule("support"));

    // Supports: C-1 5 (a b c d e), C-3 4 (a b c d), C-5 4 (a b c e), C-2 2 (d f), C-4 2 (e, and
    // f one second before close), C-6 0 (g retracted). Ties go to the earlier reference.
    assertThat(ranking.rule()).isEqualTo("support");
    assertThat(ranking.references())
        .containsExactly(ref(1), ref(3), ref(5), ref(2), ref(4), ref(6));
    assertThat(ranking.entries())
        .extracting(RankingEntry::score)
        .containsExactly(5.0, 4.0, 4.0, 2.0, 2.0, 0.0);
    assertThat(ranking.entries()).extracting(RankingEntry::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(
            fixture
                .engine()
                .rankings()
                .rank(
                    VISITOR, RankingQuery.of(story.id).rule("support").theme(story.diagnostic.id()))
                .references())
        .containsExactly(ref(2), ref(4), ref(6));
    assertThat(
            fixture
                .engine()
                .rankings()
                .rank(
                    VISITOR,
                    RankingQuery.of(story.id).rule("support").kind(ContributionKind.COLLECTIVE))
                .references())
        .containsExactly(ref(3), ref(4));
  }

  @Test
  void theStoredTalliesEqualARecountOfTheBallots() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    story.registrationsThenOpening().workshops().contributions().supportsBeforeTheLastSecond();
    story.lastSecondSupport();

    Map<ContributionId, Tally> recount = store().ballots().recount(story.id);

    for (Contribution c : story.contributions) {
      assertThat(store().ballots().tally(story.id, c.id()))
          .isEqualTo(recount.getOrDefault(c.id(), Tally.empty(c.id())));
    }
    assertThat(recount.values().stream().mapToLong(Tally::supports).sum()).isEqualTo(17);
  }

  @Test
  void closingEarlyForAnElectoralReserveRefusesLaterVotes() {
    Story2017 story = story();
    EngineFixture fixture = story.fixture;
    MutableClock clock = fixture.clock();
    clock.set(Instant.parse("2017-02-01T09:00:00Z"));
    Consultation regional =
        fixture.publishedConsultation(
            "consultation-regionale", Story2017.SCHEDULE, ConsultationSettings.defaults());
    ConsultationId id = regional.id();
    Theme theme = fixture.theme(id, "Diagnostic numérique du territoire");
    Actor author = fixture.participant(id, "camille");
    Actor voter = fixture.participant(id, "dominique");
    clock.set(Instant.parse("2017-03-01T10:00:00Z"));
    ContributionId idea =
        fixture
            .engine()
            .contributions()
            .submit(author, new SubmitContribution(id, theme.id(), "Des ateliers", "Partout."))
            .id();
    fixture.engine().votes().cast(voter, new CastBallot(id, idea, Ballot.support()));

    clock.set(Instant.parse("2017-03-01T12:00:00Z"));
    Consultation closed =
        fixture
            .engine()
            .consultations()
            .closeEarly(fixture.organiser(), new CloseEarly(id, "Période de réserve électorale"));
    clock.set(Instant.parse("2017-03-01T12:00:01Z"));

    assertThatThrownBy(
            () -> fixture.engine().votes().cast(author, new CastBallot(id, idea, Ballot.support())))
        .isInstanceOfSatisfying(
            PhaseException.class, e -> assertThat(e.phase()).isEqualTo(Phase.CLOSED));
    assertThatThrownBy(() -> fixture.engine().votes().retract(voter, new RetractBallot(id, idea)))
        .isInstanceOf(PhaseException.class);
    Consultation stored = fixture.engine().consultations().get(VISITOR, id);
    assertThat(stored).isEqualTo(closed);
    assertThat(stored.lifecycle().closeReason()).isEqualTo("Période de réserve électorale");
    assertThat(stored.effectiveClosing()).isEqualTo(Instant.parse("2017-03-01T12:00:00Z"));
    assertThat(fixture.engine().consultations().phase(id)).isEqualTo(Phase.CLOSED);
    assertThat(fixture.engine().votes().tally(VISITOR, id, idea).supports()).isEqualTo(1);
  }

  private static Phase phaseAt(Story2017 story, Instant instant) {
    story.clock.set(instant);
    return story.engine.consultations().phase(story.id);
  }

  private static Contribution get(Story2017 story, int reference) {
    return story.engine.contributions().get(VISITOR, story.id, story.ref(reference).id());
  }

  private Tally tally(Story2017 story, int reference) {
    return store().ballots().tally(story.id, story.ref(reference).id());
  }

  private static Reference ref(int number) {
    return new Reference(number);
  }
}
