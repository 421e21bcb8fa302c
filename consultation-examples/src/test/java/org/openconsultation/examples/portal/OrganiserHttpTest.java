package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.VoteMode;

/** The organiser's forms: news, timeline, extension and settings, each reaching the engine. */
class OrganiserHttpTest {

  private static final String ORGANISE = "/c/" + SmallSeed.SLUG + "/organise";

  private Portal portal;
  private HttpVisitor organiser;
  private String token;

  @BeforeEach
  void start() {
    portal = TestPortal.start();
    organiser = new HttpVisitor(portal);
    token = organiser.signIn(SmallSeed.ORGANISER);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void publishedNewsShowsOnTheHomePage() {
    HttpResponse<String> done =
        organiser.post(
            ORGANISE + "/news",
            Map.of("title", "Réunion publique", "body", "Jeudi à 19 h.", "_csrf", token));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(new HttpVisitor(portal).get("/c/" + SmallSeed.SLUG).body())
        .contains("Réunion publique", "Jeudi à 19 h.");
  }

  @Test
  void anAddedMilestoneShowsInTheTimeline() {
    organiser.post(
        ORGANISE + "/milestones",
        Map.of(
            "label", "Restitution",
            "description", "En mairie.",
            "date", "2017-05-04",
            "status", "PLANNED",
            "_csrf", token));

    assertThat(new HttpVisitor(portal).get("/c/" + SmallSeed.SLUG).body())
        .contains("Restitution", "4 mai 2017");
  }

  @Test
  void anExtensionMovesTheClosingDate() {
    organiser.post(ORGANISE + "/extend", Map.of("closesAt", "2017-04-15T18:00", "_csrf", token));

    assertThat(consultation().effectiveClosing())
        .isEqualTo(java.time.Instant.parse("2017-04-15T16:00:00Z"));
  }

  @Test
  void changedSettingsChangeWhatParticipantsSee() {
    HttpResponse<String> done = organiser.post(ORGANISE + "/settings", settings("SUPPORT", "3"));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(consultation().settings().supportLimit()).isEqualTo(3);

    HttpVisitor alice = new HttpVisitor(portal);
    alice.signIn(SmallSeed.ALICE);
    String page = alice.get("/c/" + SmallSeed.SLUG + "/C-1").body();
    assertThat(page).contains("id=\"vote-support\"", "Soutiens qu'il vous reste : 3");
    assertThat(page).doesNotContain("id=\"comment-body\"");
  }

  @Test
  void theVoteModeCannotChangeWhileOpen() {
    HttpResponse<String> refused =
        organiser.post(ORGANISE + "/settings", settings("FOR_AGAINST", "0"));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Mode de vote");
    assertThat(consultation().settings().voteMode()).isEqualTo(VoteMode.SUPPORT);
  }

  @Test
  void invalidSettingsAreRefusedWithTheFieldNamed() {
    HttpResponse<String> refused =
        organiser.post(
            ORGANISE + "/settings",
            Map.of(
                "voteMode", "SUPPORT",
                "supportLimit", "-1",
                "gradeCount", "6",
                "moderationMode", "POST",
                "autoHideThreshold", "5",
                "defaultRankingRule", "support",
                "_csrf", token));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Limite de soutiens");
  }

  private Map<String, String> settings(String voteMode, String supportLimit) {
    return Map.of(
        "voteMode", voteMode,
        "supportLimit", supportLimit,
        "gradeCount", "6",
        "moderationMode", "POST",
        "autoHideThreshold", "5",
        "defaultRankingRule", "net",
        "feature", "VOTES",
        "_csrf", token);
  }

  private Consultation consultation() {
    return portal
        .engine()
        .consultations()
        .get(Actor.visitor(), portal.consultation().consultation());
  }
}
