package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.spi.MilestoneRepository;

/** The contract of {@link MilestoneRepository}. */
public abstract class MilestoneRepositoryContract extends StoreContract {

  private static final LocalDate OPENING = LocalDate.of(2017, 2, 8);
  private static final LocalDate SYNTHESIS = LocalDate.of(2017, 5, 15);

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected MilestoneRepositoryContract() {}

  private MilestoneRepository repository() {
    return store().milestones();
  }

  @Test
  void anInsertedMilestoneIsFoundInItsConsultationOnly() {
    Milestone milestone = Samples.milestone(cid, OPENING);

    repository().insert(milestone);

    assertThat(repository().find(cid, milestone.id())).contains(milestone);
    assertThat(repository().find(other, milestone.id())).isEmpty();
    assertThat(repository().find(cid, new MilestoneId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredMilestone() {
    Milestone milestone = Samples.milestone(cid, OPENING);
    repository().insert(milestone);

    assertThatThrownBy(() -> repository().insert(Samples.milestone(cid, milestone.id(), SYNTHESIS)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().list(cid)).containsExactly(milestone);
  }

  @Test
  void anUpdateReplacesTheMilestone() {
    Milestone milestone = Samples.milestone(cid, SYNTHESIS);
    repository().insert(milestone);
    Milestone done =
        new Milestone(cid, milestone.id(), "Synthèse publiée", "", SYNTHESIS, MilestoneStatus.DONE);

    repository().update(done);

    assertThat(repository().find(cid, milestone.id())).contains(done);
  }

  @Test
  void updatingAnAbsentMilestoneIsNotFound() {
    assertThatThrownBy(() -> repository().update(Samples.milestone(cid, OPENING)))
        .isInstanceOf(NotFoundException.class);

    assertThat(repository().list(cid)).isEmpty();
  }

  @Test
  void updatingAMilestoneUnderAnotherConsultationIsNotFoundAndChangesNothing() {
    Milestone milestone = Samples.milestone(cid, OPENING);
    repository().insert(milestone);

    assertThatThrownBy(() -> repository().update(Samples.milestone(other, milestone.id(), OPENING)))
        .isInstanceOf(NotFoundException.class);

    assertThat(repository().find(cid, milestone.id())).contains(milestone);
    assertThat(repository().find(other, milestone.id())).isEmpty();
  }

  @Test
  void milestonesAreListedByDateThenId() {
    Milestone later = Samples.milestone(cid, new MilestoneId(Samples.uuid(1)), SYNTHESIS);
    Milestone tieHigh = Samples.milestone(cid, new MilestoneId(Samples.uuid(8)), OPENING);
    Milestone tieLow = Samples.milestone(cid, new MilestoneId(Samples.uuid(3)), OPENING);
    repository().insert(later);
    repository().insert(tieHigh);
    repository().insert(tieLow);

    assertThat(repository().list(cid)).containsExactly(tieLow, tieHigh, later);
  }

  @Test
  void theListHoldsOnlyTheConsultationsMilestonesAndIsAnImmutableSnapshot() {
    Milestone mine = Samples.milestone(cid, OPENING);
    repository().insert(mine);
    repository().insert(Samples.milestone(other, OPENING));
    List<Milestone> before = repository().list(cid);

    repository().insert(Samples.milestone(cid, SYNTHESIS));

    assertThat(before).containsExactly(mine);
    assertThatThrownBy(() -> before.add(Samples.milestone(cid, OPENING)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
