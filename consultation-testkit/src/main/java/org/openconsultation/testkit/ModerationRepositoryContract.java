package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.spi.ModerationRepository;

/** The contract of {@link ModerationRepository}. */
public abstract class ModerationRepositoryContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();
  private final ContentRef contribution = ContentRef.of(new ContributionId(Samples.uuid()));
  private final ContentRef comment = ContentRef.of(new CommentId(Samples.uuid()));

  /** For subclasses. */
  protected ModerationRepositoryContract() {}

  private ModerationRepository repository() {
    return store().moderation();
  }

  @Test
  void aFirstReportIsStoredAndCounted() {
    Flag flag = Samples.flag(cid, contribution, "camille", at(0));

    assertThat(repository().insertFlag(flag)).isTrue();

    assertThat(repository().countFlags(cid, contribution)).isEqualTo(1);
    assertThat(repository().flags(cid, contribution)).containsExactly(flag);
    assertThat(repository().flags(cid)).containsExactly(flag);
  }

  @Test
  void aRepeatReportByTheSameReporterReturnsFalseAndChangesNothing() {
    Flag first = Samples.flag(cid, contribution, "camille", at(0));
    repository().insertFlag(first);

    assertThat(repository().insertFlag(Samples.flag(cid, contribution, "camille", at(60))))
        .isFalse();

    assertThat(repository().countFlags(cid, contribution)).isEqualTo(1);
    assertThat(repository().flags(cid, contribution)).containsExactly(first);
    assertThat(repository().flags(cid)).containsExactly(first);
  }

  @Test
  void distinctReportersAreCountedPerContent() {
    repository().insertFlag(Samples.flag(cid, contribution, "a", at(0)));
    repository().insertFlag(Samples.flag(cid, contribution, "b", at(1)));
    repository().insertFlag(Samples.flag(cid, contribution, "c", at(2)));
    assertThat(repository().insertFlag(Samples.flag(cid, comment, "a", at(3)))).isTrue();

    assertThat(repository().countFlags(cid, contribution)).isEqualTo(3);
    assertThat(repository().countFlags(cid, comment)).isEqualTo(1);
    assertThat(repository().countFlags(cid, ContentRef.of(new CommentId(Samples.uuid())))).isZero();
  }

  @Test
  void reportsAreScopedByConsultation() {
    repository().insertFlag(Samples.flag(other, contribution, "camille", at(0)));

    assertThat(repository().insertFlag(Samples.flag(cid, contribution, "camille", at(1)))).isTrue();

    assertThat(repository().countFlags(cid, contribution)).isEqualTo(1);
    assertThat(repository().countFlags(other, contribution)).isEqualTo(1);
    assertThat(repository().flags(cid)).hasSize(1);
  }

  @Test
  void reportsAreListedOldestFirstThenId() {
    Flag late = Samples.flag(cid, new FlagId(Samples.uuid(1)), contribution, "a", at(60));
    Flag tieHigh = Samples.flag(cid, new FlagId(Samples.uuid(5)), comment, "b", at(0));
    Flag tieLow = Samples.flag(cid, new FlagId(Samples.uuid(4)), contribution, "c", at(0));
    repository().insertFlag(late);
    repository().insertFlag(tieHigh);
    repository().insertFlag(tieLow);

    assertThat(repository().flags(cid)).containsExactly(tieLow, tieHigh, late);
    assertThat(repository().flags(cid, contribution)).containsExactly(tieLow, late);
  }

  @Test
  void decisionsAreStoredAndListedOldestFirstThenId() {
    ModerationDecision late =
        Samples.decision(cid, new DecisionId(Samples.uuid(1)), contribution, at(60));
    ModerationDecision tieHigh =
        Samples.decision(cid, new DecisionId(Samples.uuid(7)), contribution, at(0));
    ModerationDecision tieLow =
        Samples.decision(cid, new DecisionId(Samples.uuid(6)), comment, at(0));
    repository().insertDecision(late);
    repository().insertDecision(tieHigh);
    repository().insertDecision(tieLow);
    repository().insertDecision(Samples.decision(other, contribution, at(0)));

    assertThat(repository().decisions(cid)).containsExactly(tieLow, tieHigh, late);
    assertThat(repository().decisions(cid, contribution)).containsExactly(tieHigh, late);
    assertThat(repository().decisions(cid, ContentRef.of(new CommentId(Samples.uuid())))).isEmpty();
  }

  @Test
  void anAutomaticDecisionKeepsItsMissingModerator() {
    ModerationDecision automatic =
        new ModerationDecision(
            cid,
            new DecisionId(Samples.uuid()),
            comment,
            ModerationAction.HIDE,
            "Masqué après 5 signalements",
            null,
            at(0));

    repository().insertDecision(automatic);

    assertThat(repository().decisions(cid, comment)).containsExactly(automatic);
    assertThat(repository().decisions(cid).get(0).automatic()).isTrue();
  }

  @Test
  void insertingATakenDecisionIdIsAConflictThatKeepsTheStoredDecision() {
    ModerationDecision decision = Samples.decision(cid, contribution, at(0));
    repository().insertDecision(decision);

    assertThatThrownBy(
            () -> repository().insertDecision(Samples.decision(cid, decision.id(), comment, at(5))))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().decisions(cid)).containsExactly(decision);
  }

  @Test
  void listsAreImmutableSnapshots() {
    Flag flag = Samples.flag(cid, contribution, "a", at(0));
    repository().insertFlag(flag);
    ModerationDecision decision = Samples.decision(cid, contribution, at(0));
    repository().insertDecision(decision);
    List<Flag> flags = repository().flags(cid);
    List<Flag> targetFlags = repository().flags(cid, contribution);
    List<ModerationDecision> decisions = repository().decisions(cid);
    List<ModerationDecision> targetDecisions = repository().decisions(cid, contribution);

    repository().insertFlag(Samples.flag(cid, contribution, "b", at(1)));
    repository().insertDecision(Samples.decision(cid, contribution, at(1)));

    assertThat(flags).containsExactly(flag);
    assertThat(targetFlags).containsExactly(flag);
    assertThat(decisions).containsExactly(decision);
    assertThat(targetDecisions).containsExactly(decision);
    assertThatThrownBy(() -> flags.add(flag)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> targetDecisions.add(decision))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofConcurrentReportsByOneReporterExactlyOneIsStored() throws InterruptedException {
    List<Boolean> stored =
        Concurrently.run(
            8,
            Duration.ofSeconds(60),
            i -> () -> repository().insertFlag(Samples.flag(cid, contribution, "camille", at(i))));

    assertThat(stored).containsOnlyOnce(true);
    assertThat(repository().countFlags(cid, contribution)).isEqualTo(1);
    assertThat(repository().flags(cid)).hasSize(1);
  }

  private static Instant at(long seconds) {
    return Samples.T0.plusSeconds(seconds);
  }
}
