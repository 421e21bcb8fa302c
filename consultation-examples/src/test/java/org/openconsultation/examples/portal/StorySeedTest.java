package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Role;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * The portal's seed: an open consultation at the live moment and after, and someone for every role.
 */
class StorySeedTest {

  private final PortalClock clock = PortalClock.startingAt(Instant.EPOCH, Portal.ZONE);
  private final ConsultationEngine engine =
      ConsultationEngine.builder().store(new InMemoryStore()).clock(clock).build();
  private final SeededConsultation seeded = new StorySeed().seed(engine, clock);

  @Test
  void theLiveDemoStartsWhileTheConsultationIsOpen() {
    clock.set(seeded.liveFrom());

    assertThat(engine.consultations().phase(seeded.consultation())).isEqualTo(Phase.OPEN);
  }

  @Test
  void theLiveDemoStaysOpenPastTheAnnouncedEarlyClose() {
    clock.set(seeded.liveFrom().plus(Duration.ofDays(3)));

    assertThat(engine.consultations().phase(seeded.consultation())).isEqualTo(Phase.OPEN);
  }

  @Test
  void theSignInOffersEveryRole() {
    assertThat(seeded.people())
        .flatExtracting(DemoPerson::roles)
        .contains(Role.PARTICIPANT, Role.FACILITATOR, Role.MODERATOR, Role.ORGANISER);
  }

  @Test
  void theSlugIsTheConsultations() {
    Consultation c =
        engine.consultations().getBySlug(seeded.people().get(0).actor(), seeded.slug());

    assertThat(c.id()).isEqualTo(seeded.consultation());
  }
}
