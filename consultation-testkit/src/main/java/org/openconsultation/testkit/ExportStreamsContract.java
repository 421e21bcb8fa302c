package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * The contract of the whole-consultation streams that exports read: {@link
 * org.openconsultation.core.spi.ContributionRepository#forEachRevision} and {@link
 * ConsultationStore#forEachContributionWithTally}, whether a store keeps their defaults or reads
 * them in one query.
 */
public abstract class ExportStreamsContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();
  private final ThemeId theme = new ThemeId(Samples.uuid());

  /** For subclasses. */
  protected ExportStreamsContract() {}

  /** Inserted out of order: references 3, 1, 2; number 2 is hidden; number 3 has 3 revisions. */
  private List<Contribution> threeContributions() {
    List<Contribution> inserted = new ArrayList<>();
    for (long reference : new long[] {3, 1, 2}) {
      Contribution c =
          Samples.contribution(
              cid,
              new ContributionId(Samples.uuid()),
              reference,
              theme,
              ParticipantId.of("author-" + reference),
              Provenance.individual(),
              null,
              reference == 2 ? PublicationStatus.HIDDEN : PublicationStatus.PUBLISHED);
      store().contributions().insert(c, Samples.revisionOf(c));
      inserted.add(c);
    }
    Contribution third = inserted.get(0);
    for (int i = 1; i <= 2; i++) {
      third = third.revised("Titre " + i, "Texte " + i, Samples.T0.plus(Duration.ofHours(i)));
      store().contributions().revise(third, Samples.revisionOf(third));
    }
    Contribution elsewhere = Samples.contribution(other, 1);
    store().contributions().insert(elsewhere, Samples.revisionOf(elsewhere));
    return inserted;
  }

  @Test
  void revisionsStreamByReferenceThenNumberForTheSelectedContributionsOfTheConsultation() {
    threeContributions();
    List<String> seen = new ArrayList<>();

    store()
        .contributions()
        .forEachRevision(cid, ContributionFilter.all(), (ref, r) -> seen.add(cite(ref, r)));

    assertThat(seen).containsExactly("C-1.1", "C-2.1", "C-3.1", "C-3.2", "C-3.3");
  }

  @Test
  void revisionsFollowTheFilter() {
    threeContributions();
    List<String> seen = new ArrayList<>();

    store()
        .contributions()
        .forEachRevision(cid, ContributionFilter.published(), (ref, r) -> seen.add(cite(ref, r)));

    assertThat(seen).containsExactly("C-1.1", "C-3.1", "C-3.2", "C-3.3");
  }

  @Test
  void contributionsStreamByReferenceWithTheirTallies() {
    List<Contribution> inserted = threeContributions();
    ContributionId first = inserted.get(1).id();
    ContributionId third = inserted.get(0).id();
    store().ballots().put(Samples.ballot(cid, first, "a", Ballot.support()), 0);
    store().ballots().put(Samples.ballot(cid, first, "b", Ballot.support()), 0);
    store().ballots().put(Samples.ballot(cid, third, "a", Ballot.support()), 0);
    Map<Long, Tally> seen = new LinkedHashMap<>();

    store()
        .forEachContributionWithTally(
            cid, ContributionFilter.all(), (c, t) -> seen.put(c.reference().number(), t));

    assertThat(seen.keySet()).containsExactly(1L, 2L, 3L);
    assertThat(seen.get(1L)).isEqualTo(store().ballots().tally(cid, first));
    assertThat(seen.get(1L).supports()).isEqualTo(2);
    assertThat(seen.get(3L).supports()).isEqualTo(1);
    assertThat(seen.get(2L)).isEqualTo(Tally.empty(inserted.get(2).id()));
  }

  @Test
  void contributionsWithTalliesFollowTheFilterAndStayInTheirConsultation() {
    threeContributions();
    List<Reference> seen = new ArrayList<>();

    store()
        .forEachContributionWithTally(
            cid,
            ContributionFilter.all().withStatuses(EnumSet.of(PublicationStatus.PUBLISHED)),
            (c, t) -> seen.add(c.reference()));

    assertThat(seen).containsExactly(new Reference(1), new Reference(3));
  }

  /** The citation of {@code r}, checking the reference given is its contribution's. */
  private String cite(Reference reference, Revision r) {
    assertThat(store().contributions().find(cid, r.contributionId()).orElseThrow().reference())
        .isEqualTo(reference);
    return reference.at(r.number()).toString();
  }

  @Test
  void advancingReferencesSkipsTheNumbersAnImportKeptAndNeverGoesBack() {
    store().contributions().advanceReferences(cid, 41);
    assertThat(store().contributions().nextReference(cid)).isEqualTo(new Reference(42));

    store().contributions().advanceReferences(cid, 10);
    assertThat(store().contributions().nextReference(cid)).isEqualTo(new Reference(43));
    assertThat(store().contributions().nextReference(other)).isEqualTo(new Reference(1));
  }
}
