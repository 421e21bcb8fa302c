package org.openconsultation.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.testkit.EngineFixture;
import org.openconsultation.testkit.MutableClock;

/**
 * Builds the data a phase runs on: open consultations created and published through the engine,
 * participants registered through the engine, published contributions loaded with batched plain
 * JDBC (as a large consultation would have them after weeks).
 */
final class World {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), ZoneId.of("Europe/Paris"));
  private static final String BODY =
      "Ouvrir un lieu de médiation numérique dans chaque quartier, avec des aidants formés, des"
          + " horaires adaptés et des postes en libre accès ; « sans rendez-vous » le samedi.";
  private static final int BATCH = 1000;

  private final Target target;
  private final EngineFixture fixture;
  private final AtomicInteger consultations = new AtomicInteger();

  World(Target target) {
    this.target = target;
    this.fixture = EngineFixture.on(target.store(), MutableClock.at(NOW));
  }

  ConsultationEngine engine() {
    return fixture.engine();
  }

  Actor organiser() {
    return fixture.organiser();
  }

  /** An open consultation, its contributions and its registered participants. */
  record Open(ConsultationId id, List<ContributionId> contributions, List<Actor> participants) {}

  /** Creates an open consultation with {@code contributions} and {@code participants}. */
  Open open(int contributions, int participants) throws SQLException {
    Consultation c =
        fixture.publishedConsultation(
            "load-" + consultations.incrementAndGet(), SCHEDULE, ConsultationSettings.defaults());
    UUID theme = fixture.theme(c.id(), "Médiation").id().value();
    List<ContributionId> ids = insertContributions(c.id(), theme, contributions);
    List<Actor> actors = new ArrayList<>();
    for (int p = 0; p < participants; p++) {
      actors.add(fixture.participant(c.id(), "voter-" + p));
    }
    return new Open(c.id(), ids, actors);
  }

  /** Creates an open consultation with nothing in it, for an import. */
  ConsultationId empty() {
    return fixture
        .publishedConsultation(
            "load-" + consultations.incrementAndGet(), SCHEDULE, ConsultationSettings.defaults())
        .id();
  }

  /**
   * Casts {@code perContribution} support ballots on each of {@code contributions}, by as many
   * participants (not registered: as loaded from elsewhere), with batched plain JDBC, and computes
   * their tallies; returns the number of ballots.
   */
  long insertBallots(ConsultationId cid, List<ContributionId> contributions, int perContribution)
      throws SQLException {
    String sql =
        "INSERT INTO "
            + Target.PREFIX
            + "ballot (consultation_id, contribution_id, participant_id, ballot_value, cast_at,"
            + " updated_at) VALUES (?, ?, ?, 'support', ?, ?)";
    long n = 0;
    try (Connection c = target.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      c.setAutoCommit(false);
      for (ContributionId id : contributions) {
        for (int v = 0; v < perContribution; v++) {
          target.uuid(s, 1, cid.value());
          target.uuid(s, 2, id.value());
          s.setString(3, "voter-" + ((n * 7919 + v) % 475_000));
          target.instant(s, 4, NOW);
          target.instant(s, 5, NOW);
          s.addBatch();
          if (++n % BATCH == 0) {
            s.executeBatch();
          }
        }
      }
      s.executeBatch();
      try (PreparedStatement t = c.prepareStatement(Copies.tallies(Target.PREFIX))) {
        target.uuid(t, 1, cid.value());
        t.executeUpdate();
      }
      c.commit();
    }
    return n;
  }

  private List<ContributionId> insertContributions(ConsultationId cid, UUID theme, int count)
      throws SQLException {
    List<ContributionId> ids = new ArrayList<>(count);
    String sql =
        "INSERT INTO "
            + Target.PREFIX
            + "contribution (consultation_id, contribution_id, reference_number, theme_id, author,"
            + " kind, title, body, territory, status, revision, submitted_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, 'INDIVIDUAL', ?, ?, ?, 'PUBLISHED', 1, ?, ?)";
    String revision =
        "INSERT INTO "
            + Target.PREFIX
            + "revision (consultation_id, contribution_id, number, title, body, editor, note,"
            + " created_at) VALUES (?, ?, 1, ?, ?, ?, '', ?)";
    try (Connection c = target.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        PreparedStatement r = c.prepareStatement(revision)) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        ContributionId id = new ContributionId(UUID.randomUUID());
        ids.add(id);
        target.uuid(s, 1, cid.value());
        target.uuid(s, 2, id.value());
        s.setLong(3, i + 1);
        target.uuid(s, 4, theme);
        s.setString(5, "author-" + (i % 475_000));
        s.setString(6, "Proposition " + i);
        s.setString(7, BODY);
        s.setString(8, i % 3 == 0 ? "Occitanie" : null);
        target.instant(s, 9, NOW.minusSeconds(count - i));
        target.instant(s, 10, NOW.minusSeconds(count - i));
        s.addBatch();
        target.uuid(r, 1, cid.value());
        target.uuid(r, 2, id.value());
        r.setString(3, "Proposition " + i);
        r.setString(4, BODY);
        r.setString(5, "author-" + (i % 475_000));
        target.instant(r, 6, NOW.minusSeconds(count - i));
        r.addBatch();
        if (i % BATCH == BATCH - 1) {
          s.executeBatch();
          r.executeBatch();
        }
      }
      s.executeBatch();
      r.executeBatch();
      c.commit();
    }
    return ids;
  }
}
