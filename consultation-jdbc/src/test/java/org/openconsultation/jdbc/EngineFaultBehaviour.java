package org.openconsultation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.testkit.EngineFixture;
import org.openconsultation.testkit.MutableClock;

/**
 * Engine commands on a {@link JdbcStore} whose connection dies at each step of the command's
 * transaction in turn, and whose commit answer is lost. After each fault nothing is half-written
 * (every contribution has all its revisions and the reference counter is at the last reference; a
 * comment is hidden exactly when two people reported it and a decision says so; tallies equal a
 * recount), and the command, reacted to as {@code docs/jdbc.md} tells a host, takes effect exactly
 * once. Run on each database.
 */
abstract class EngineFaultBehaviour {

  /** The database of the running test class. */
  abstract TestDatabase database();

  /** What a faulty run of a command returned. */
  private enum Outcome {
    /** It returned normally. */
    DONE,
    /** A storage failure that changed nothing: the host may run it again. */
    FAILED,
    /** A storage failure with {@code outcomeUnknown()}: the host looks before it runs it again. */
    UNKNOWN
  }

  private JdbcStore store;
  private EngineFixture healthy;
  private FaultyDataSource faulty;
  private ConsultationEngine once;
  private ConsultationEngine retrying;
  private EngineScenario scenario;

  @BeforeEach
  void openConsultation() {
    store = database().clear().store();
    MutableClock clock = MutableClock.at("2017-02-10T09:00:00Z");
    healthy = EngineFixture.on(store, clock);
    faulty = new FaultyDataSource(database().dataSource());
    once = EngineFixture.on(database().builder(faulty).maxAttempts(1).build(), clock).engine();
    retrying = EngineFixture.on(database().builder(faulty).maxAttempts(3).build(), clock).engine();
    scenario = new EngineScenario(store, healthy);
  }

  @Test
  void submittingAContribution() {
    everyStep(scenario.submit());
  }

  @Test
  void editingAContribution() {
    everyStep(scenario.edit());
  }

  @Test
  void registering() {
    everyStep(scenario.register());
  }

  @Test
  void postingAComment() {
    everyStep(scenario.comment());
  }

  @Test
  void flaggingUpToTheAutomaticHiding() {
    everyStep(scenario.flag());
  }

  @Test
  void voting() {
    everyStep(scenario.vote());
  }

  /**
   * Runs {@code command} with the connection dying at each step in turn, with and without the
   * store's retries, then with the commit's answer lost, and then with the database gone just after
   * the commit went through (so its effects cannot be looked for).
   */
  private void everyStep(FaultedCommand command) {
    // Round 1 creates what a first run creates once (a counter, a quota row); round 2 counts.
    int round = 1;
    command.prepare(round);
    command.run(once, round);
    command.prepare(++round);
    faulty.failAt(100_000, FaultyDataSource.Mode.BEFORE);
    command.run(once, round);
    int steps = faulty.steps();
    faulty.disarm();
    assertThat(command.stored(round)).isEqualTo(1);
    List<String> outcomes = new ArrayList<>();
    for (int step = 1; step <= steps; step++) {
      outcomes.add(attempt(command, ++round, once, step, FaultyDataSource.Mode.BEFORE, false));
      outcomes.add(attempt(command, ++round, retrying, step, FaultyDataSource.Mode.BEFORE, false));
    }
    outcomes.add(attempt(command, ++round, once, steps, FaultyDataSource.Mode.AFTER_COMMIT, false));
    outcomes.add(attempt(command, ++round, once, steps, FaultyDataSource.Mode.AFTER_COMMIT, true));

    List<String> expected = new ArrayList<>();
    for (int step = 1; step <= steps; step++) {
      expected.add("once BEFORE at " + step + ": " + Outcome.FAILED);
      expected.add("retrying BEFORE at " + step + ": " + Outcome.DONE);
    }
    expected.add("once AFTER_COMMIT at " + steps + ": " + Outcome.DONE);
    expected.add("once AFTER_COMMIT, then gone, at " + steps + ": " + Outcome.UNKNOWN);
    assertThat(outcomes).containsExactlyElementsOf(expected);
  }

  private String attempt(
      FaultedCommand command,
      int round,
      ConsultationEngine engine,
      int step,
      FaultyDataSource.Mode mode,
      boolean thenGone) {
    String at =
        (engine == once ? "once " : "retrying ")
            + mode
            + (thenGone ? ", then gone," : "")
            + " at "
            + step;
    healthy.clock().advance(Duration.ofSeconds(1));
    command.prepare(round);
    if (thenGone) {
      faulty.failFrom(step, mode);
    } else {
      faulty.failAt(step, mode);
    }
    int failures = faulty.failures();
    Outcome outcome;
    try {
      command.run(engine, round);
      outcome = Outcome.DONE;
    } catch (StorageException e) {
      outcome = e.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED;
    } finally {
      faulty.disarm();
    }
    assertThat(faulty.failures()).as("faults injected by %s", at).isGreaterThan(failures);
    assertNothingHalfWritten(at);
    long stored = command.stored(round);
    switch (outcome) {
      case DONE:
        assertThat(stored).as("stored after %s", at).isEqualTo(1);
        break;
      case FAILED:
        assertThat(stored).as("stored after %s", at).isZero();
        command.run(engine, round);
        break;
      default:
        assertThat(stored).as("stored after %s", at).isBetween(0L, 1L);
        command.settleUnknown(engine, round);
    }
    assertThat(command.stored(round)).as("stored once the host reacted to %s", at).isEqualTo(1);
    assertNothingHalfWritten(at);
    return at + ": " + outcome;
  }

  /** The invariants a transaction cut short must not break, checked in SQL. */
  private void assertNothingHalfWritten(String at) {
    Db db = new Db(database().dialect(), JdbcStore.DEFAULT_PREFIX);
    ConsultationId cid = scenario.consultation();
    Db.Binding consultation = b -> b.uuid(cid.value());
    try (Connection c = database().dataSource().getConnection()) {
      long contributions =
          db.number(
              c,
              "SELECT COUNT(*) AS n FROM oc_contribution WHERE consultation_id = ?",
              consultation);
      long last =
          db.number(
              c,
              "SELECT MAX(reference_number) AS n FROM oc_contribution WHERE consultation_id = ?",
              consultation);
      long counter = new ReferenceCounter(db).last(c, cid);
      assertThat(List.of(last, counter))
          .as("last reference and counter after %s, for %d contributions", at, contributions)
          .containsOnly(contributions);
      assertThat(db.number(c, WITHOUT_ALL_REVISIONS, consultation))
          .as("contributions without all their revisions after %s", at)
          .isZero();
      assertThat(db.number(c, ORPHAN_REVISIONS, consultation))
          .as("revisions without their contribution after %s", at)
          .isZero();
      assertThat(db.number(c, HIDDEN_WITHOUT_DECISION, consultation))
          .as("comments whose status and decisions disagree after %s", at)
          .isZero();
      assertThat(db.number(c, HIDDEN_WITHOUT_REPORTS, consultation))
          .as("comments whose status and reports disagree after %s", at)
          .isZero();
    } catch (SQLException e) {
      fail("cannot check the invariants after " + at, e);
    }
    assertThat(store.recount(cid).drifted()).as("tallies drifted after %s", at).isFalse();
  }

  private static final String WITHOUT_ALL_REVISIONS =
      "SELECT COUNT(*) AS n FROM oc_contribution c WHERE c.consultation_id = ? AND c.revision <>"
          + " (SELECT COUNT(*) FROM oc_revision r WHERE r.consultation_id = c.consultation_id"
          + " AND r.contribution_id = c.contribution_id AND r.number <= c.revision)";

  private static final String ORPHAN_REVISIONS =
      "SELECT COUNT(*) AS n FROM oc_revision r WHERE r.consultation_id = ? AND NOT EXISTS"
          + " (SELECT 1 FROM oc_contribution c WHERE c.consultation_id = r.consultation_id"
          + " AND c.contribution_id = r.contribution_id AND c.revision >= r.number)";

  private static final String HIDDEN_WITHOUT_DECISION =
      "SELECT COUNT(*) AS n FROM oc_comment c WHERE c.consultation_id = ?"
          + " AND (CASE WHEN c.status = 'HIDDEN' THEN 1 ELSE 0 END) <>"
          + " (SELECT COUNT(*) FROM oc_decision d WHERE d.consultation_id = c.consultation_id"
          + " AND d.target_kind = 'COMMENT' AND d.target_id = c.comment_id)";

  private static final String HIDDEN_WITHOUT_REPORTS =
      "SELECT COUNT(*) AS n FROM oc_comment c WHERE c.consultation_id = ?"
          + " AND (CASE WHEN c.status = 'HIDDEN' THEN 1 ELSE 0 END) <>"
          + " (CASE WHEN (SELECT COUNT(*) FROM oc_flag f WHERE f.consultation_id = c.consultation_id"
          + " AND f.target_kind = 'COMMENT' AND f.target_id = c.comment_id) >= 2 THEN 1 ELSE 0 END)";
}
