package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.core.spi.ContributionRepository;

/**
 * The contract of {@link ContributionRepository}. What happens to references around a rollback is
 * checked by {@link TransactionsContract}.
 */
public abstract class ContributionRepositoryContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected ContributionRepositoryContract() {}

  private ContributionRepository repository() {
    return store().contributions();
  }

  private void insert(Contribution contribution) {
    repository().insert(contribution, Samples.revisionOf(contribution));
  }

  @Test
  void anInsertedContributionIsFoundByIdAndReferenceWithItsFirstRevision() {
    Contribution c = Samples.contribution(cid, 1);

    repository().insert(c, Samples.revisionOf(c));

    assertThat(repository().find(cid, c.id())).contains(c);
    assertThat(repository().findByReference(cid, new Reference(1))).contains(c);
    assertThat(repository().revisions(cid, c.id())).containsExactly(Samples.revisionOf(c));
  }

  @Test
  void aContributionIsFoundInItsConsultationOnly() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);

    assertThat(repository().find(other, c.id())).isEmpty();
    assertThat(repository().findByReference(other, new Reference(1))).isEmpty();
    assertThat(repository().revisions(other, c.id())).isEmpty();
    assertThat(repository().list(other, ContributionFilter.all())).isEmpty();
  }

  @Test
  void anUnknownIdOrReferenceIsNotFound() {
    insert(Samples.contribution(cid, 1));

    assertThat(repository().find(cid, new ContributionId(Samples.uuid()))).isEmpty();
    assertThat(repository().findByReference(cid, new Reference(2))).isEmpty();
    assertThat(repository().revisions(cid, new ContributionId(Samples.uuid()))).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredContribution() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution sameId =
        Samples.contribution(
            cid,
            c.id(),
            2,
            c.themeId(),
            c.author(),
            Provenance.individual(),
            "75",
            PublicationStatus.PUBLISHED);

    assertThatThrownBy(() -> insert(sameId)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, c.id())).contains(c);
    assertThat(repository().findByReference(cid, new Reference(2))).isEmpty();
  }

  @Test
  void insertingATakenReferenceIsAConflictThatStoresNothing() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution sameReference = Samples.contribution(cid, 1);

    assertThatThrownBy(() -> insert(sameReference)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, sameReference.id())).isEmpty();
    assertThat(repository().findByReference(cid, new Reference(1))).contains(c);
    assertThat(repository().revisions(cid, sameReference.id())).isEmpty();
  }

  @Test
  void theSameReferenceMayBeUsedInTwoConsultations() {
    Contribution here = Samples.contribution(cid, 1);
    Contribution there = Samples.contribution(other, 1);

    insert(here);
    insert(there);

    assertThat(repository().findByReference(cid, new Reference(1))).contains(here);
    assertThat(repository().findByReference(other, new Reference(1))).contains(there);
  }

  @Test
  void anUpdateReplacesTheContributionAndKeepsItsRevisions() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution hidden = c.withStatus(PublicationStatus.HIDDEN, Samples.T0.plusSeconds(60));

    repository().update(hidden);

    assertThat(repository().find(cid, c.id())).contains(hidden);
    assertThat(repository().findByReference(cid, c.reference())).contains(hidden);
    assertThat(repository().revisions(cid, c.id())).containsExactly(Samples.revisionOf(c));
  }

  @Test
  void updatingAnAbsentContributionIsNotFound() {
    Contribution c = Samples.contribution(cid, 1);

    assertThatThrownBy(() -> repository().update(c)).isInstanceOf(NotFoundException.class);

    assertThat(repository().find(cid, c.id())).isEmpty();
  }

  @Test
  void aRevisionReplacesTheTextAndIsKeptAfterTheEarlierOnes() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution second = c.revised("Un médiateur par canton", "Précision", at(60));
    Contribution third = second.revised("Un médiateur par commune", "Encore", at(120));

    repository().revise(second, Samples.revisionOf(second));
    repository().revise(third, Samples.revisionOf(third));

    assertThat(repository().find(cid, c.id())).contains(third);
    assertThat(repository().revisions(cid, c.id()))
        .containsExactly(
            Samples.revisionOf(c), Samples.revisionOf(second), Samples.revisionOf(third));
  }

  @Test
  void aRevisionThatIsNotTheNextOneIsAConflictThatChangesNothing() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution second = c.revised("Deuxième", "Texte", at(60));
    Contribution third = second.revised("Troisième", "Texte", at(120));

    assertThatThrownBy(() -> repository().revise(third, Samples.revisionOf(third)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, c.id())).contains(c);
    assertThat(repository().revisions(cid, c.id())).containsExactly(Samples.revisionOf(c));
  }

  @Test
  void aRevisionAlreadyStoredIsAConflict() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    Contribution second = c.revised("Deuxième", "Texte", at(60));
    repository().revise(second, Samples.revisionOf(second));
    Contribution concurrentSecond = c.revised("Deuxième bis", "Autre texte", at(61));

    assertThatThrownBy(
            () -> repository().revise(concurrentSecond, Samples.revisionOf(concurrentSecond)))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, c.id())).contains(second);
    assertThat(repository().revisions(cid, c.id())).hasSize(2);
  }

  @Test
  void theListIsByReferenceNumberWhateverTheInsertionOrder() {
    Contribution third = Samples.contribution(cid, 3);
    Contribution first = Samples.contribution(cid, 1);
    Contribution tenth = Samples.contribution(cid, 10);
    Contribution second = Samples.contribution(cid, 2);
    insert(third);
    insert(first);
    insert(tenth);
    insert(second);

    assertThat(repository().list(cid, ContributionFilter.all()))
        .containsExactly(first, second, third, tenth);
    List<Contribution> streamed = new ArrayList<>();
    repository().forEach(cid, ContributionFilter.all(), streamed::add);
    assertThat(streamed).containsExactly(first, second, third, tenth);
  }

  @Test
  void theListKeepsOnlyWhatTheFilterMatches() {
    ThemeId mediation = new ThemeId(Samples.uuid());
    ThemeId diagnostic = new ThemeId(Samples.uuid());
    WorkshopId lamentin = new WorkshopId(Samples.uuid());
    ParticipantId camille = ParticipantId.of("camille");
    ParticipantId facilitator = ParticipantId.of("facilitator");
    Contribution individual =
        contribution(
            1, mediation, camille, Provenance.individual(), "75", PublicationStatus.PUBLISHED);
    Contribution collective =
        contribution(
            2,
            mediation,
            facilitator,
            new Provenance.Collective(lamentin, 20),
            "971",
            PublicationStatus.PUBLISHED);
    Contribution institutional =
        contribution(
            3,
            diagnostic,
            ParticipantId.of("region"),
            new Provenance.Institutional("Région"),
            "971",
            PublicationStatus.PUBLISHED);
    Contribution hidden =
        contribution(
            4, diagnostic, camille, Provenance.individual(), "75", PublicationStatus.HIDDEN);
    Contribution otherWorkshop =
        contribution(
            5,
            diagnostic,
            facilitator,
            new Provenance.Collective(new WorkshopId(Samples.uuid()), 8),
            "974",
            PublicationStatus.PUBLISHED);
    for (Contribution c : List.of(individual, collective, institutional, hidden, otherWorkshop)) {
      insert(c);
    }

    ContributionFilter all = ContributionFilter.all();
    assertThat(repository().list(cid, all.withTheme(mediation)))
        .containsExactly(individual, collective);
    assertThat(repository().list(cid, all.withKind(ContributionKind.COLLECTIVE)))
        .containsExactly(collective, otherWorkshop);
    assertThat(repository().list(cid, all.withTerritory("971")))
        .containsExactly(collective, institutional);
    assertThat(repository().list(cid, all.withWorkshop(lamentin))).containsExactly(collective);
    assertThat(repository().list(cid, all.withAuthor(camille))).containsExactly(individual, hidden);
    assertThat(repository().list(cid, ContributionFilter.published()))
        .containsExactly(individual, collective, institutional, otherWorkshop);
    assertThat(repository().list(cid, all.withStatuses(EnumSet.of(PublicationStatus.HIDDEN))))
        .containsExactly(hidden);
    assertThat(
            repository()
                .list(
                    cid,
                    ContributionFilter.published()
                        .withTheme(diagnostic)
                        .withKind(ContributionKind.COLLECTIVE)))
        .containsExactly(otherWorkshop);
  }

  @Test
  void theListIsAnImmutableSnapshot() {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);
    List<Contribution> before = repository().list(cid, ContributionFilter.all());
    List<Revision> revisionsBefore = repository().revisions(cid, c.id());

    insert(Samples.contribution(cid, 2));
    Contribution second = c.revised("Deuxième", "Texte", at(60));
    repository().revise(second, Samples.revisionOf(second));

    assertThat(before).containsExactly(c);
    assertThat(revisionsBefore).containsExactly(Samples.revisionOf(c));
    assertThatThrownBy(() -> before.add(c)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> revisionsBefore.add(Samples.revisionOf(c)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void referencesAreOneTwoThreeInEachConsultation() {
    assertThat(repository().nextReference(cid)).isEqualTo(new Reference(1));
    assertThat(repository().nextReference(cid)).isEqualTo(new Reference(2));
    assertThat(repository().nextReference(other)).isEqualTo(new Reference(1));
    assertThat(repository().nextReference(cid)).isEqualTo(new Reference(3));
    assertThat(repository().nextReference(other)).isEqualTo(new Reference(2));
  }

  @Test
  void referencesTakenFromManyThreadsAtOnceAreAllDifferent() throws InterruptedException {
    int threads = 8;
    int each = 50;

    List<List<Long>> taken =
        Concurrently.run(
            threads,
            Duration.ofSeconds(60),
            i ->
                () -> {
                  List<Long> mine = new ArrayList<>(each);
                  for (int n = 0; n < each; n++) {
                    mine.add(repository().nextReference(cid).number());
                  }
                  return mine;
                });

    List<Long> all = taken.stream().flatMap(List::stream).sorted().toList();
    assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
    assertThat(all.get(0)).isEqualTo(1);
    assertThat(all.get(all.size() - 1)).isEqualTo(threads * each);
    taken.forEach(mine -> assertThat(mine).isSorted());
    assertThat(repository().nextReference(cid).number()).isEqualTo(threads * each + 1);
  }

  @Test
  void ofConcurrentRevisionsFromTheSameRevisionExactlyOneWins() throws InterruptedException {
    Contribution c = Samples.contribution(cid, 1);
    insert(c);

    List<Boolean> won =
        Concurrently.run(
            8,
            Duration.ofSeconds(60),
            i ->
                () -> {
                  Contribution mine = c.revised("Version " + i, "Texte " + i, at(60 + i));
                  try {
                    repository().revise(mine, Samples.revisionOf(mine));
                    return true;
                  } catch (ConflictException lost) {
                    return false;
                  }
                });

    assertThat(won).containsOnlyOnce(true);
    Contribution stored = repository().find(cid, c.id()).orElseThrow();
    assertThat(stored.revision()).isEqualTo(2);
    assertThat(repository().revisions(cid, c.id()))
        .containsExactly(Samples.revisionOf(c), Samples.revisionOf(stored));
  }

  private Contribution contribution(
      long reference,
      ThemeId theme,
      ParticipantId author,
      Provenance provenance,
      String territory,
      PublicationStatus status) {
    return Samples.contribution(
        cid,
        new ContributionId(Samples.uuid()),
        reference,
        theme,
        author,
        provenance,
        territory,
        status);
  }

  private static Instant at(long seconds) {
    return Samples.T0.plusSeconds(seconds);
  }
}
