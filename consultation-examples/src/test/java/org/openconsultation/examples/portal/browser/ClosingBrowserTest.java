package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.SmallSeed;
import org.openconsultation.examples.portal.TestPortal;
import org.openqa.selenium.By;

/**
 * The organiser closes the consultation early, with a reason, while a participant has a
 * contribution open in another browser: the participant's vote is then refused, and the page no
 * longer offers one.
 */
class ClosingBrowserTest {

  private Portal portal;
  private Browser participant;
  private Browser organiser;

  @BeforeEach
  void start() {
    Browser.assumeAvailable();
    portal = TestPortal.start();
    participant = Browser.open(portal.uri());
    organiser = Browser.open(portal.uri());
  }

  @AfterEach
  void stop() {
    for (AutoCloseable c : new AutoCloseable[] {participant, organiser, portal}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void afterAnEarlyCloseVotingIsRefused() {
    Steps alice = new Steps(participant, SmallSeed.SLUG);
    alice.signIn(SmallSeed.ALICE);
    alice.openContribution("C-2");
    assertThat(participant.has(By.id("vote-support"))).isTrue();

    Steps claire = new Steps(organiser, SmallSeed.SLUG);
    claire.signIn(SmallSeed.ORGANISER);
    organiser.open(claire.path("organise"));
    organiser.type(By.id("close-reason"), "Réserve électorale");
    organiser.follow(By.id("close-early"));
    assertThat(organiser.text(By.cssSelector("[role=status]")))
        .isEqualTo("La consultation est close.");
    organiser.open(claire.path(""));
    assertThat(organiser.pageText()).contains("Close avant l'échéance : Réserve électorale");

    participant.follow(By.id("vote-support"));
    assertThat(participant.text(By.tagName("h1"))).isEqualTo("Demande refusée");
    assertThat(participant.text(By.cssSelector(".error-message")))
        .isEqualTo("Ce n'est pas possible tant que la consultation est close.");
    alice.openContribution("C-2");
    assertThat(participant.has(By.id("vote-support"))).isFalse();
    assertThat(participant.text(By.id("votes-closed"))).isEqualTo("Les votes sont clos.");
    assertThat(participant.text(By.id("tally"))).isEqualTo("0 soutien(s)");
  }
}
