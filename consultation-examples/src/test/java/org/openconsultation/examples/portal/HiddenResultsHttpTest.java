package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.model.Consultation;

/**
 * While the organiser hides results until the close, the publishing pages say so: the refused
 * export of ballots is the normal error page (the engine refuses it before its first byte), the
 * open-data page warns, and the synthesis page explains instead of showing the report.
 */
class HiddenResultsHttpTest {

  private static final String C = "/c/" + SmallSeed.SLUG;

  private static Portal portal;

  @BeforeAll
  static void start() {
    portal = TestPortal.start();
    var organiser = SmallSeed.actor(SmallSeed.ORGANISER);
    Consultation c =
        portal.engine().consultations().get(organiser, portal.consultation().consultation());
    portal
        .engine()
        .consultations()
        .updateSettings(
            organiser, new UpdateSettings(c.id(), c.settings().withResultsHiddenUntilClose(true)));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void aRefusedExportIsTheNormalErrorPageWithoutAFile() {
    HttpResponse<String> refused = new HttpVisitor(portal).get(C + "/data/ballots.csv");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(refused.body()).contains("<h1>Demande refusée</h1>", "<main id=\"main\"");
  }

  @Test
  void theOpenDataPageWarnsThatVotesWaitForTheClose() {
    String page = new HttpVisitor(portal).get(C + "/data").body();

    assertThat(page).contains("Les votes et décomptes sont refusés jusqu'à la clôture");
  }

  @Test
  void theSynthesisPageSaysWhyItWaits() {
    HttpResponse<String> page = new HttpVisitor(portal).get(C + "/synthesis");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"synthesis-refused\"").doesNotContain("oc-synthesis");
  }

  @Test
  void theModeratorStillReadsTheSynthesis() {
    HttpVisitor marc = new HttpVisitor(portal);
    marc.signIn(SmallSeed.MODERATOR);

    assertThat(marc.get(C + "/synthesis").body()).contains("class=\"oc-synthesis\"");
  }
}
