package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.spi.ParticipantRepository;

/** The contract of {@link ParticipantRepository}. */
public abstract class ParticipantRepositoryContract extends StoreContract {

  private final ConsultationId cid = Samples.consultationId();
  private final ConsultationId other = Samples.consultationId();

  /** For subclasses. */
  protected ParticipantRepositoryContract() {}

  private ParticipantRepository repository() {
    return store().participants();
  }

  @Test
  void anInsertedRegistrationIsFoundInItsConsultationOnly() {
    Participant camille = Samples.participant(cid, "camille");

    repository().insert(camille);

    assertThat(repository().find(cid, camille.id())).contains(camille);
    assertThat(repository().find(other, camille.id())).isEmpty();
    assertThat(repository().find(cid, ParticipantId.of("dominique"))).isEmpty();
  }

  @Test
  void registeringTwiceInOneConsultationIsAConflictThatKeepsTheFirstRegistration() {
    Participant camille = Samples.participant(cid, "camille");
    repository().insert(camille);
    Participant again = camille.withProfile("Camille bis", ParticipantKind.ASSOCIATION, "974");

    assertThatThrownBy(() -> repository().insert(again)).isInstanceOf(ConflictException.class);

    assertThat(repository().find(cid, camille.id())).contains(camille);
    assertThat(repository().count(cid)).isEqualTo(1);
  }

  @Test
  void theSamePersonMayRegisterInTwoConsultations() {
    Participant here = Samples.participant(cid, "camille");
    Participant there = Samples.participant(other, "camille");

    repository().insert(here);
    repository().insert(there);

    assertThat(repository().find(cid, here.id())).contains(here);
    assertThat(repository().find(other, there.id())).contains(there);
  }

  @Test
  void anUpdateReplacesTheRegistration() {
    Participant camille = Samples.participant(cid, "camille");
    repository().insert(camille);
    Participant association =
        camille.withProfile("Les Petits Débrouillards", ParticipantKind.ASSOCIATION, "971");

    repository().update(association);

    assertThat(repository().find(cid, camille.id())).contains(association);
  }

  @Test
  void updatingAnAbsentRegistrationIsNotFound() {
    Participant camille = Samples.participant(cid, "camille");
    repository().insert(Samples.participant(other, "camille"));

    assertThatThrownBy(() -> repository().update(camille)).isInstanceOf(NotFoundException.class);

    assertThat(repository().find(cid, camille.id())).isEmpty();
  }

  @Test
  void ofConcurrentRegistrationsOfOneParticipantExactlyOneIsStored() throws InterruptedException {
    List<Boolean> stored =
        Concurrently.run(
            8,
            Duration.ofSeconds(60),
            i ->
                () -> {
                  try {
                    repository()
                        .insert(Samples.participant(cid, "camille", Samples.T0.plusSeconds(i)));
                    return true;
                  } catch (ConflictException lost) {
                    return false;
                  }
                });

    assertThat(stored).containsOnlyOnce(true);
    assertThat(repository().count(cid)).isEqualTo(1);
  }

  @Test
  void theCountIsPerConsultation() {
    repository().insert(Samples.participant(cid, "a"));
    repository().insert(Samples.participant(cid, "b"));
    repository().insert(Samples.participant(other, "a"));

    assertThat(repository().count(cid)).isEqualTo(2);
    assertThat(repository().count(other)).isEqualTo(1);
    assertThat(repository().count(Samples.consultationId())).isZero();
  }

  @Test
  void registrationsStreamByRegistrationTimeThenId() {
    Participant late = Samples.participant(cid, "a-late", Samples.T0.plusSeconds(3600));
    Participant tieB = Samples.participant(cid, "b-tie", Samples.T0);
    Participant tieA = Samples.participant(cid, "a-tie", Samples.T0);
    repository().insert(late);
    repository().insert(tieB);
    repository().insert(tieA);
    repository().insert(Samples.participant(other, "elsewhere"));

    List<Participant> seen = new ArrayList<>();
    repository().forEach(cid, seen::add);

    assertThat(seen).containsExactly(tieA, tieB, late);
  }
}
