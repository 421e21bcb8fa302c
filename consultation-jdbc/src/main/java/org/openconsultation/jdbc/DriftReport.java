package org.openconsultation.jdbc;

import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * What {@link JdbcStore#recount} found: the stored counters that differ from a recount of the
 * ballots. Both lists are empty when nothing drifted, which is what the store guarantees as long as
 * nobody writes to its tables behind its back.
 *
 * @param consultation the consultation recounted
 * @param tallies the contributions whose stored tally differs from the recount
 * @param limits the participants whose stored limit counter differs from the recount
 * @param repaired whether the drifted counters were then set to the recounted values
 */
public record DriftReport(
    ConsultationId consultation,
    List<TallyDrift> tallies,
    List<LimitDrift> limits,
    boolean repaired) {

  /** Checks that no component is null and copies the lists. */
  public DriftReport {
    Objects.requireNonNull(consultation, "consultation");
    tallies = List.copyOf(tallies);
    limits = List.copyOf(limits);
  }

  /** Whether any stored counter differed from the recount. */
  public boolean drifted() {
    return !tallies.isEmpty() || !limits.isEmpty();
  }

  /**
   * A contribution's stored tally and its recount.
   *
   * @param contribution the contribution
   * @param stored the tally as stored (empty when there is no row)
   * @param recounted the tally recounted from the ballots
   */
  public record TallyDrift(ContributionId contribution, Tally stored, Tally recounted) {
    /** Checks that no component is null. */
    public TallyDrift {
      Objects.requireNonNull(contribution, "contribution");
      Objects.requireNonNull(stored, "stored");
      Objects.requireNonNull(recounted, "recounted");
    }
  }

  /**
   * A participant's stored count of ballots toward the support limit, and its recount.
   *
   * @param participant the participant
   * @param stored the stored counter
   * @param recounted the number of their ballots that count toward the limit
   */
  public record LimitDrift(ParticipantId participant, long stored, long recounted) {
    /** Checks that the participant is present. */
    public LimitDrift {
      Objects.requireNonNull(participant, "participant");
    }
  }
}
