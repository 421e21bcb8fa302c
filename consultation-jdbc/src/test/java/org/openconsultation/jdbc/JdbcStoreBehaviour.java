package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/**
 * What the JDBC store promises beyond the testkit, run on each database: SQL failures become the
 * domain's exceptions, transient failures are retried, a recount reports and repairs drift, and a
 * stream's consumer may call back into the store. Lost connections and commits: {@link
 * FaultBehaviour} and {@link EngineFaultBehaviour}, nested in each database's test class.
 */
abstract class JdbcStoreBehaviour {

  static final Instant T0 = Instant.parse("2017-02-08T09:00:00Z");

  private final ConsultationId cid = new ConsultationId(uuid());
  private final ContributionId contribution = new ContributionId(uuid());

  /** The database of the running test class, emptied. */
  abstract TestDatabase database();

  private JdbcStore store;

  @BeforeEach
  void emptyDatabase() {
    store = database().clear().store();
  }

  static UUID uuid() {
    return new UUID(
        java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE,
        java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  private BallotRecord support(String participant) {
    return supportOn(contribution, participant);
  }

  private BallotRecord supportOn(ContributionId on, String participant) {
    return new BallotRecord(cid, on, ParticipantId.of(participant), Ballot.support(), T0, T0);
  }

  private static Consultation consultation(ConsultationId id, String slug) {
    return new Consultation(
        id,
        slug,
        "Titre",
        "Description",
        ParticipantId.of("organiser"),
        Locale.FRENCH,
        new Schedule(T0, T0.plusSeconds(86_400), java.time.ZoneId.of("Europe/Paris")),
        ConsultationSettings.defaults(),
        Lifecycle.draft(),
        "cgu-1",
        T0,
        1);
  }

  private Contribution contribution(long reference) {
    return new Contribution(
        cid,
        new ContributionId(uuid()),
        new Reference(reference),
        new ThemeId(uuid()),
        ParticipantId.of("author"),
        Provenance.individual(),
        "Titre",
        "Texte",
        null,
        null,
        PublicationStatus.PUBLISHED,
        1,
        T0,
        T0);
  }

  private static Revision first(Contribution c) {
    return new Revision(
        c.consultationId(), c.id(), 1, c.title(), c.body(), c.author(), "", c.submittedAt());
  }

  // ---- Errors -------------------------------------------------------------------------------

  @Test
  void takenKeysAreConflictsWithTheInMemoryStoresCodes() {
    Consultation c = consultation(cid, "numerique");
    store.consultations().insert(c);
    assertThatThrownBy(() -> store.consultations().insert(consultation(cid, "autre")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("consultation.duplicate"));
    assertThatThrownBy(
            () ->
                store.consultations().insert(consultation(new ConsultationId(uuid()), "numerique")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("consultation.slug-taken"));
    assertThatThrownBy(() -> store.consultations().update(c))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("consultation.stale-version"));

    Theme theme = new Theme(cid, new ThemeId(uuid()), "Thème", "", 0);
    store.themes().insert(theme);
    assertThatThrownBy(() -> store.themes().insert(theme))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("theme.duplicate"));

    Contribution one = contribution(1);
    store.contributions().insert(one, first(one));
    Contribution sameReference = contribution(1);
    assertThatThrownBy(() -> store.contributions().insert(sameReference, first(sameReference)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("contribution.reference-taken"));
    assertThatThrownBy(() -> store.contributions().insert(one, first(one)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("contribution.duplicate"));
    Contribution third = one.revised("b", "b", T0).revised("c", "c", T0);
    assertThatThrownBy(
            () ->
                store
                    .contributions()
                    .revise(third, new Revision(cid, one.id(), 3, "c", "c", one.author(), "", T0)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("contribution.stale-revision"));
    assertThatThrownBy(() -> store.themes().update(new Theme(cid, new ThemeId(uuid()), "", "", 0)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("theme.not-found"));
  }

  @Test
  void aConflictInsideATransactionLeavesTheTransactionUsable() {
    Theme theme = new Theme(cid, new ThemeId(uuid()), "Thème", "", 0);
    store.themes().insert(theme);
    Theme second = new Theme(cid, new ThemeId(uuid()), "Second", "", 1);

    store
        .transactions()
        .run(
            () -> {
              assertThatThrownBy(() -> store.themes().insert(theme))
                  .isInstanceOf(ConflictException.class);
              store.themes().insert(second);
            });

    assertThat(store.themes().list(cid)).containsExactly(theme, second);
  }

  @Test
  void aBrokenDatabaseIsAStorageFailureNeverAnSqlException() throws SQLException {
    try (Connection c = database().dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE oc_theme RENAME TO oc_theme_gone");
    }
    try {
      assertThatThrownBy(() -> store.themes().list(cid))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> {
                assertThat(e.outcomeUnknown()).isFalse();
                assertThat(e.getCause()).isInstanceOf(SQLException.class);
              });
    } finally {
      try (Connection c = database().dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("ALTER TABLE oc_theme_gone RENAME TO oc_theme");
      }
    }
  }

  // ---- Retries ------------------------------------------------------------------------------

  @Test
  void aSerializationFailureRunsTheWholeTransactionAgainAndItTakesEffectOnce() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failAt(3, FaultyDataSource.Mode.SERIALIZATION);

    retrying
        .transactions()
        .run(
            () -> {
              runs.incrementAndGet();
              retrying.ballots().put(support("camille"), 3);
              retrying.ballots().put(support("dominique"), 3);
            });

    assertThat(faulty.failures()).isEqualTo(1);
    assertThat(runs).hasValue(2);
    assertThat(store.ballots().tally(cid, contribution).supports()).isEqualTo(2);
    assertThat(store.recount(cid).drifted()).isFalse();
  }

  @Test
  void afterTheLastAttemptATransientFailureIsAStorageFailureThatChangedNothing() {
    FaultyDataSource faulty = new FaultyDataSource(database().dataSource());
    JdbcStore retrying = database().builder(faulty).maxAttempts(3).build();
    AtomicInteger runs = new AtomicInteger();
    faulty.failAlways(FaultyDataSource.Mode.SERIALIZATION);

    assertThatThrownBy(
            () ->
                retrying
                    .transactions()
                    .run(
                        () -> {
                          runs.incrementAndGet();
                          retrying.ballots().put(support("camille"), 3);
                        }))
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    faulty.disarm();

    assertThat(runs).hasValue(3);
    assertThat(store.ballots().find(cid, contribution, ParticipantId.of("camille"))).isEmpty();
  }

  // ---- Comments by status ----------------------------------------------------------------------

  @Test
  void commentsAreSelectedByStatusInTheQueryAndAnEmptySetSelectsNone() {
    List<Comment> posted = new ArrayList<>();
    for (PublicationStatus status : PublicationStatus.values()) {
      Comment comment =
          new Comment(
              cid,
              new CommentId(uuid()),
              contribution,
              null,
              ParticipantId.of("camille"),
              "Avis " + status,
              null,
              status,
              T0.plusSeconds(posted.size()));
      store.comments().insert(comment);
      posted.add(comment);
    }
    Set<PublicationStatus> shown =
        EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.HIDDEN);
    List<Comment> streamed = new ArrayList<>();
    store.comments().forEach(cid, shown, streamed::add);

    assertThat(store.comments().list(cid, contribution, shown))
        .containsExactlyElementsOf(
            posted.stream().filter(c -> shown.contains(c.status())).toList());
    assertThat(streamed).isEqualTo(store.comments().list(cid, contribution, shown));
    assertThat(store.comments().list(cid, contribution, EnumSet.allOf(PublicationStatus.class)))
        .isEqualTo(posted);
    assertThat(store.comments().list(cid, contribution, Set.of())).isEmpty();
    store.comments().forEach(cid, Set.of(), c -> streamed.clear());
    assertThat(streamed).hasSize(2);
  }

  // ---- Recount ------------------------------------------------------------------------------

  @Test
  void aRecountReportsDriftAndRepairsIt() throws SQLException {
    store.ballots().put(support("camille"), 0);
    store.ballots().put(support("dominique"), 0);
    assertThat(store.recount(cid).drifted()).isFalse();
    try (Connection c = database().dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE oc_tally SET supports = supports + 5, grade_2 = 1");
      s.executeUpdate("UPDATE oc_vote_quota SET toward_limit = 7");
    }

    DriftReport report = store.recount(cid);

    assertThat(report.drifted()).isTrue();
    assertThat(report.repaired()).isFalse();
    assertThat(report.tallies())
        .containsExactly(
            new DriftReport.TallyDrift(
                contribution,
                new Tally(contribution, 7, 0, 0, List.of(0L, 0L, 1L)),
                new Tally(contribution, 2, 0, 0, List.of())));
    assertThat(report.limits())
        .containsExactlyInAnyOrder(
            new DriftReport.LimitDrift(ParticipantId.of("camille"), 7, 1),
            new DriftReport.LimitDrift(ParticipantId.of("dominique"), 7, 1));

    DriftReport repair = store.recount(cid, true);

    assertThat(repair.repaired()).isTrue();
    assertThat(repair.tallies()).hasSize(1);
    assertThat(store.recount(cid).drifted()).isFalse();
    assertThat(store.ballots().tally(cid, contribution))
        .isEqualTo(new Tally(contribution, 2, 0, 0, List.of()));
    assertThat(store.ballots().countTowardLimit(cid, ParticipantId.of("camille"))).isEqualTo(1);
  }

  // ---- Streams ------------------------------------------------------------------------------

  @Test
  void aStreamsConsumerMayCallBackIntoTheStore() {
    for (int i = 0; i < 1_200; i++) {
      store.ballots().put(support("p" + i), 0);
    }
    List<Long> seen = new ArrayList<>();

    store
        .ballots()
        .forEachBallot(
            cid, ballot -> seen.add(store.ballots().countTowardLimit(cid, ballot.participant())));

    assertThat(seen).hasSize(1_200).containsOnly(1L);
  }
}
