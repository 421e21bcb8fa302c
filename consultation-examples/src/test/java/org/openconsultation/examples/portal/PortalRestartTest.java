package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.spi.ContributionFilter;

/** The data directory: kept between starts, seeded again on a reset. */
class PortalRestartTest {

  @Test
  void aSecondStartKeepsTheDataAndTheDemoClockGoesOn() {
    Path data = TestPortal.temporaryDirectory();
    SeededConsultation first;
    try (Portal portal = TestPortal.start(data, false)) {
      first = portal.consultation();
      submit(portal, "Gardée");
    }

    try (Portal portal = TestPortal.start(data, false)) {
      assertThat(portal.consultation()).isEqualTo(first);
      assertThat(titles(portal)).contains("Gardée");
      assertThat(portal.engine().consultations().phase(first.consultation())).isEqualTo(Phase.OPEN);
    }
  }

  @Test
  void aResetSeedsTheDatabaseAgain() {
    Path data = TestPortal.temporaryDirectory();
    try (Portal portal = TestPortal.start(data, false)) {
      submit(portal, "Oubliée");
    }

    try (Portal portal = TestPortal.start(data, true)) {
      assertThat(titles(portal)).doesNotContain("Oubliée").contains(SmallSeed.FIRST);
    }
  }

  private static void submit(Portal portal, String title) {
    SeededConsultation c = portal.consultation();
    Actor alice = SmallSeed.actor(SmallSeed.ALICE);
    var theme = portal.engine().themes().list(alice, c.consultation()).get(0).id();
    portal
        .engine()
        .contributions()
        .submit(alice, new SubmitContribution(c.consultation(), theme, title, "Texte."));
  }

  private static java.util.List<String> titles(Portal portal) {
    return portal
        .engine()
        .contributions()
        .list(Actor.visitor(), portal.consultation().consultation(), ContributionFilter.published())
        .stream()
        .map(x -> x.title())
        .toList();
  }
}
