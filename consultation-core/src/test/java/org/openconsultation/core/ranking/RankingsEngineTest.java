package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.RankingQuery;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.BallotRepository;
import org.openconsultation.core.spi.CommentRepository;
import org.openconsultation.core.spi.ConsultationRepository;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionRepository;
import org.openconsultation.core.spi.ExposureLog;
import org.openconsultation.core.spi.MilestoneRepository;
import org.openconsultation.core.spi.ModerationRepository;
import org.openconsultation.core.spi.NewsRepository;
import org.openconsultation.core.spi.ParticipantRepository;
import org.openconsultation.core.spi.ThemeRepository;
import org.openconsultation.core.spi.Transactions;
import org.openconsultation.core.spi.WorkshopRepository;

/** Rankings through the engine: rules by name, collective weighting, strata and exposures. */
class RankingsEngineTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final Actor organiser = Actor.of(ParticipantId.of("organiser"), Role.ORGANISER);
  private final Actor facilitator = Actor.of(ParticipantId.of("facilitator"), Role.FACILITATOR);
  private final Actor alice = Actor.participant(ParticipantId.of("alice"));
  private final Actor bob = Actor.participant(ParticipantId.of("bob"));
  private final Actor carol = Actor.participant(ParticipantId.of("carol"));
  private final Actor dave = Actor.participant(ParticipantId.of("dave"));
  private final Actor erin = Actor.participant(ParticipantId.of("erin"));

  private final MovingClock clock = new MovingClock();

  /** A clock that tests move by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** A consultation with X (2 supports), Y (1) and a workshop's W (12 attendees, 0 support). */
  private final class Scene {
    final ConsultationEngine engine;
    final ConsultationId id;
    final Contribution x;
    final Contribution y;
    final Contribution w;

    Scene(ConsultationStore store, ConsultationSettings settings) {
      engine = ConsultationEngine.builder().store(store).clock(clock).build();
      Schedule schedule =
          new Schedule(T0.minus(Duration.ofHours(1)), T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
      id =
          engine
              .consultations()
              .create(
                  organiser,
                  CreateConsultation.of("plan-velo", "Plan vélo", schedule).withSettings(settings))
              .id();
      engine.consultations().publish(organiser, id);
      ThemeId theme = engine.themes().add(organiser, new AddTheme(id, "Mobilité", "")).id();
      for (Actor a : List.of(facilitator, alice, bob, carol, dave, erin)) {
        engine
            .participants()
            .register(a, new Register(id, "Name", ParticipantKind.PERSON, "75", "1"));
      }
      x = engine.contributions().submit(alice, new SubmitContribution(id, theme, "X", "Texte X"));
      y = engine.contributions().submit(alice, new SubmitContribution(id, theme, "Y", "Texte Y"));
      Workshop workshop =
          engine
              .workshops()
              .record(
                  organiser,
                  new RecordWorkshop(
                      id,
                      "Atelier",
                      "",
                      LocalDateTime.of(2026, 3, 1, 18, 0),
                      new WorkshopPlace(
                          "Médiathèque",
                          "1 rue Frébault",
                          "971",
                          new GeoPoint(16.24, -61.53),
                          ZoneId.of("America/Guadeloupe")),
                      12,
                      Set.of(facilitator.participant()),
                      List.of(theme)));
      w =
          engine
              .contributions()
              .submitCollective(
                  facilitator,
                  new SubmitCollectiveContribution(id, workshop.id(), theme, "W", "Texte W", null));
      support(bob, x);
      support(carol, x);
      support(bob, y);
    }

    void support(Actor actor, Contribution c) {
      engine.votes().cast(actor, new CastBallot(id, c.id(), Ballot.support()));
    }

    List<String> titles(RankingQuery query, Actor actor) {
      List<String> titles = new ArrayList<>();
      for (var cid : engine.rankings().rank(actor, query).order()) {
        titles.add(cid.equals(x.id()) ? "X" : cid.equals(y.id()) ? "Y" : "W");
      }
      return titles;
    }
  }

  @Test
  void aRuleIsChosenByNameAndTheWorkshopCanBeCountedForItsAttendees() {
    Scene s = new Scene(new InMemoryStore(), ConsultationSettings.defaults());
    RankingQuery query = RankingQuery.of(s.id).rule("support");

    assertThat(s.titles(query, alice)).containsExactly("X", "Y", "W");
    assertThat(s.titles(query.collective(CollectiveWeighting.attendees()), alice))
        .containsExactly("W", "X", "Y");
    Ranking weighted =
        s.engine.rankings().rank(alice, query.collective(CollectiveWeighting.attendees()));
    assertThat(weighted.rule()).isEqualTo("support");
    assertThat(weighted.entries().get(0).explanation())
        .isEqualTo("12 supports (collective: +12 attendees as supports)");
    assertThat(s.titles(RankingQuery.of(s.id).rule("wilson"), alice))
        .containsExactly("X", "Y", "W");
  }

  @Test
  void eachKindCanBeRankedOnItsOwn() {
    Scene s = new Scene(new InMemoryStore(), ConsultationSettings.defaults());

    StratifiedRanking strata = s.engine.rankings().rankByKind(alice, RankingQuery.of(s.id));

    assertThat(strata.stratum(ContributionKind.INDIVIDUAL).order())
        .containsExactly(s.x.id(), s.y.id());
    assertThat(strata.stratum(ContributionKind.COLLECTIVE).order()).containsExactly(s.w.id());
    assertThat(strata.stratum(ContributionKind.INSTITUTIONAL).entries()).isEmpty();
  }

  @Test
  void theShuffleIsStablePerParticipantAndServedWhileResultsAreHidden() {
    Scene s =
        new Scene(
            new InMemoryStore(), ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    RankingQuery shuffle = RankingQuery.of(s.id).rule("shuffle");

    assertThat(s.engine.rankings().rank(dave, shuffle))
        .isEqualTo(s.engine.rankings().rank(dave, shuffle));
    assertThat(s.engine.rankings().rank(Actor.visitor(), RankingQuery.of(s.id).rule("recent")))
        .isNotNull();
    assertThatThrownBy(() -> s.engine.rankings().rank(dave, RankingQuery.of(s.id)))
        .isInstanceOf(PhaseException.class);
    assertThat(s.engine.rankings().rank(organiser, RankingQuery.of(s.id)).entries()).hasSize(3);
  }

  @Test
  void exposuresFeedThePositionBiasReport() {
    Scene s = new Scene(new InMemoryStore(), ConsultationSettings.defaults());
    clock.advance(Duration.ofMinutes(1));
    Ranking byDave = s.engine.rankings().rank(dave, RankingQuery.of(s.id));
    s.engine.rankings().recordExposure(dave, s.id, byDave); // X, Y, W
    s.engine.rankings().recordExposure(erin, s.id, List.of(s.w.id(), s.x.id()));
    s.engine.rankings().recordExposure(Actor.visitor(), s.id, byDave); // not recorded
    clock.advance(Duration.ofMinutes(1));
    s.support(dave, s.y);
    s.support(erin, s.w);

    PositionBias report = s.engine.rankings().positionBias(organiser, s.id);

    assertThat(report.positions())
        .containsExactly(
            new PositionBias.Row(1, 2, 2, 1, 1),
            new PositionBias.Row(2, 2, 2, 1, 1),
            new PositionBias.Row(3, 1, 1, 0, 0));
    assertThat(report.unattributedBallots()).isEqualTo(3); // bob and carol, before any exposure
  }

  @Test
  void theGuidesExampleRuns() {
    Scene s = new Scene(new InMemoryStore(), ConsultationSettings.defaults());
    ConsultationEngine engine = s.engine;
    ConsultationId consultation = s.id;

    // engine:begin
    Ranking top = engine.rankings().rank(dave, RankingQuery.of(consultation).rule("wilson"));
    Ranking withWorkshops =
        engine
            .rankings()
            .rank(
                dave,
                RankingQuery.of(consultation)
                    .rule("support")
                    .collective(CollectiveWeighting.attendees()));
    StratifiedRanking byKind = engine.rankings().rankByKind(dave, RankingQuery.of(consultation));
    engine.rankings().recordExposure(dave, consultation, top);
    PositionBias bias = engine.rankings().positionBias(organiser, consultation);
    // engine:end

    assertThat(top.entries().get(0).explanation())
        .isEqualTo("2 supports, 0 oppositions: Wilson lower bound 0.34");
    assertThat(withWorkshops.order().get(0)).isEqualTo(s.w.id());
    assertThat(byKind.stratum(ContributionKind.COLLECTIVE).order()).containsExactly(s.w.id());
    assertThat(bias.positions()).hasSize(3);
  }

  @Test
  void aStoreThatKeepsNoExposuresStillWorks() {
    Scene s = new Scene(new WithoutExposures(new InMemoryStore()), ConsultationSettings.defaults());

    s.engine.rankings().recordExposure(dave, s.id, List.of(s.x.id()));

    PositionBias report = s.engine.rankings().positionBias(organiser, s.id);
    assertThat(report.positions()).isEmpty();
    assertThat(report.unattributedBallots()).isEqualTo(3);
  }

  @Test
  void exposuresRecordedInAFailedTransactionAreUndone() {
    InMemoryStore store = new InMemoryStore();
    ConsultationId c = new ConsultationId(java.util.UUID.randomUUID());
    ParticipantId p = ParticipantId.of("p");
    store.exposures().record(c, p, List.of(Items.id(1)), T0);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.exposures().record(c, p, List.of(Items.id(2), Items.id(3)), T0);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");

    List<ExposureLog.Exposure> kept = new ArrayList<>();
    store.exposures().forEach(c, kept::add);
    assertThat(kept).containsExactly(new ExposureLog.Exposure(c, p, Items.id(1), 1, T0));
    List<ExposureLog.Exposure> none = new ArrayList<>();
    store.exposures().forEach(new ConsultationId(java.util.UUID.randomUUID()), none::add);
    assertThat(none).isEmpty();
  }

  /** A store written before exposures existed: it does not override {@code exposures()}. */
  private record WithoutExposures(ConsultationStore d) implements ConsultationStore {
    @Override
    public Transactions transactions() {
      return d.transactions();
    }

    @Override
    public ConsultationRepository consultations() {
      return d.consultations();
    }

    @Override
    public ThemeRepository themes() {
      return d.themes();
    }

    @Override
    public NewsRepository news() {
      return d.news();
    }

    @Override
    public MilestoneRepository milestones() {
      return d.milestones();
    }

    @Override
    public ParticipantRepository participants() {
      return d.participants();
    }

    @Override
    public ContributionRepository contributions() {
      return d.contributions();
    }

    @Override
    public WorkshopRepository workshops() {
      return d.workshops();
    }

    @Override
    public CommentRepository comments() {
      return d.comments();
    }

    @Override
    public BallotRepository ballots() {
      return d.ballots();
    }

    @Override
    public ModerationRepository moderation() {
      return d.moderation();
    }
  }
}
