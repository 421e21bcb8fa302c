package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.spi.ConsultationRepository;

/** The contract of {@link ConsultationRepository}. */
public abstract class ConsultationRepositoryContract extends StoreContract {

  /** For subclasses. */
  protected ConsultationRepositoryContract() {}

  private ConsultationRepository repository() {
    return store().consultations();
  }

  @Test
  void anInsertedConsultationIsFoundByIdAndBySlug() {
    Consultation c = Samples.consultation("numerique-inclusif");

    repository().insert(c);

    assertThat(repository().find(c.id())).contains(c);
    assertThat(repository().findBySlug("numerique-inclusif")).contains(c);
  }

  @Test
  void anUnknownIdOrSlugIsNotFound() {
    repository().insert(Samples.consultation("numerique-inclusif"));

    assertThat(repository().find(Samples.consultationId())).isEmpty();
    assertThat(repository().findBySlug("autre")).isEmpty();
  }

  @Test
  void insertingATakenIdIsAConflictThatKeepsTheStoredConsultation() {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);
    Consultation sameId = Samples.consultation(c.id(), "autre", Samples.T0);

    assertThatThrownBy(() -> repository().insert(sameId)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(c.id())).contains(c);
    assertThat(repository().findBySlug("autre")).isEmpty();
  }

  @Test
  void insertingATakenSlugIsAConflictThatStoresNothing() {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);
    Consultation sameSlug = Samples.consultation("numerique-inclusif");

    assertThatThrownBy(() -> repository().insert(sameSlug)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(sameSlug.id())).isEmpty();
    assertThat(repository().findBySlug("numerique-inclusif")).contains(c);
  }

  @Test
  void anUpdateCarryingTheNextVersionReplacesTheConsultation() {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);
    Consultation published = c.withLifecycle(c.lifecycle().published(Samples.T0));

    repository().update(published);

    assertThat(repository().find(c.id())).contains(published);
    assertThat(repository().findBySlug(c.slug())).contains(published);
    assertThat(repository().list()).containsExactly(published);
  }

  @Test
  void anUpdateCarryingTheStoredVersionIsAConflictThatKeepsTheStoredConsultation() {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);
    Consultation second = c.withLifecycle(c.lifecycle().published(Samples.T0));
    repository().update(second);
    Consultation staleSecond = c.withSettings(c.settings().withSupportLimit(3));

    assertThatThrownBy(() -> repository().update(staleSecond))
        .isInstanceOf(ConflictException.class);

    assertThat(repository().find(c.id())).contains(second);
  }

  @Test
  void anUpdateSkippingAVersionIsAConflict() {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);
    Consultation third =
        c.withSettings(c.settings().withSupportLimit(3))
            .withSettings(c.settings().withSupportLimit(4));

    assertThatThrownBy(() -> repository().update(third)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(c.id())).contains(c);
  }

  @Test
  void updatingAnAbsentConsultationIsNotFoundAndInsertsNothing() {
    Consultation c = Samples.consultation("numerique-inclusif");
    Consultation next = c.withSettings(c.settings().withSupportLimit(3));

    assertThatThrownBy(() -> repository().update(next)).isInstanceOf(NotFoundException.class);

    assertThat(repository().find(c.id())).isEmpty();
    assertThat(repository().list()).isEmpty();
  }

  @Test
  void theListIsNewestFirst() {
    Consultation oldest = consultationCreatedAt("a-2015", "2015-01-01T00:00:00Z");
    Consultation newest = consultationCreatedAt("c-2017", "2017-01-01T00:00:00Z");
    Consultation middle = consultationCreatedAt("b-2016", "2016-01-01T00:00:00Z");
    repository().insert(oldest);
    repository().insert(newest);
    repository().insert(middle);

    assertThat(repository().list()).containsExactly(newest, middle, oldest);
  }

  @Test
  void theListIsAnImmutableSnapshot() {
    repository().insert(Samples.consultation("premiere"));
    List<Consultation> before = repository().list();

    repository().insert(Samples.consultation("seconde"));

    assertThat(before).hasSize(1);
    assertThat(repository().list()).hasSize(2);
    assertThatThrownBy(() -> before.add(Samples.consultation("troisieme")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws InterruptedException {
    Consultation c = Samples.consultation("numerique-inclusif");
    repository().insert(c);

    List<Optional<Consultation>> winners =
        Concurrently.run(
            8,
            Duration.ofSeconds(60),
            i ->
                () -> {
                  Consultation mine = c.withSettings(c.settings().withSupportLimit(i + 1));
                  try {
                    repository().update(mine);
                    return Optional.of(mine);
                  } catch (ConflictException lost) {
                    return Optional.<Consultation>empty();
                  }
                });

    List<Consultation> won = winners.stream().flatMap(Optional::stream).toList();
    assertThat(won).hasSize(1);
    assertThat(repository().find(c.id())).contains(won.get(0));
  }

  private static Consultation consultationCreatedAt(String slug, String createdAt) {
    return Samples.consultation(Samples.consultationId(), slug, Instant.parse(createdAt));
  }
}
