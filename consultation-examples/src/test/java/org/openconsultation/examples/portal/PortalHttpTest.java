package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Contribution;

/** The portal over plain HTTP: health, headers, form tokens, errors and the language switch. */
class PortalHttpTest {

  private static Portal portal;

  @BeforeAll
  static void start() {
    portal = TestPortal.start();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void healthAnswersOk() {
    HttpResponse<String> health = new HttpVisitor(portal).get("/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok");
  }

  @Test
  void homeIsInFrenchWithTheConsultationAndItsNews() {
    HttpResponse<String> home = new HttpVisitor(portal).get("/c/" + SmallSeed.SLUG);

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("<html lang=\"fr\">")
        .contains("Notre quartier en 2020")
        .contains("C'est ouvert")
        .contains("Chiffres clés");
  }

  @Test
  void rootLeadsToTheConsultation() {
    HttpResponse<String> root = new HttpVisitor(portal).get("/");

    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/c/" + SmallSeed.SLUG);
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndAnHttpOnlyLaxCookie() {
    HttpResponse<String> home = new HttpVisitor(portal).get("/c/" + SmallSeed.SLUG);

    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(home.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .contains("SameSite=Lax");
  }

  @Test
  void aFormWithoutTheSessionTokenIsRefused() {
    HttpVisitor visitor = new HttpVisitor(portal);
    visitor.get("/signin");

    HttpResponse<String> refused =
        visitor.post("/signin", Map.of("person", SmallSeed.ALICE.id().value()));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Ce formulaire a expiré");
  }

  @Test
  void aFormWithTheSessionTokenSignsIn() {
    HttpVisitor visitor = new HttpVisitor(portal);
    String token = HttpVisitor.token(visitor.get("/signin"));

    HttpResponse<String> done =
        visitor.post("/signin", Map.of("person", SmallSeed.ALICE.id().value(), "_csrf", token));

    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(visitor.get("/c/" + SmallSeed.SLUG).body())
        .contains("Vous êtes connecté·e en tant que Alice Martin");
  }

  @Test
  void whatPeopleTypeIsEscaped() {
    SeededConsultation c = portal.consultation();
    Actor alice = SmallSeed.actor(SmallSeed.ALICE);
    var theme = portal.engine().themes().list(alice, c.consultation()).get(0).id();
    Contribution x =
        portal
            .engine()
            .contributions()
            .submit(
                alice,
                new SubmitContribution(
                    c.consultation(), theme, "<script>alert(1)</script>", "<b>gras</b>"));

    HttpResponse<String> page = new HttpVisitor(portal).get("/c/" + c.slug() + "/" + x.reference());

    assertThat(page.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;gras&lt;/b&gt;")
        .doesNotContain("<script>", "<b>gras");
  }

  @Test
  void aPermalinkThatIsNoReferenceIsNotFound() {
    HttpResponse<String> missing = new HttpVisitor(portal).get("/c/" + SmallSeed.SLUG + "/C-x");

    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void theOrganiserPageIsRefusedToAParticipant() {
    HttpVisitor visitor = new HttpVisitor(portal);
    String token = HttpVisitor.token(visitor.get("/signin"));
    visitor.post("/signin", Map.of("person", SmallSeed.ALICE.id().value(), "_csrf", token));

    HttpResponse<String> refused = visitor.get("/c/" + SmallSeed.SLUG + "/organise");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Action non permise");
  }

  @Test
  void anUnknownAddressGetsAFriendlyNotFoundPage() {
    HttpResponse<String> missing = new HttpVisitor(portal).get("/nowhere");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page introuvable").doesNotContain("Exception");
  }

  @Test
  void anUnknownConsultationGetsTheEnginesNotFoundMessage() {
    HttpResponse<String> missing = new HttpVisitor(portal).get("/c/nulle-part");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page introuvable").doesNotContain("at org.");
  }

  @Test
  void theLanguageSwitchTurnsThePageToEnglishAndStays() {
    HttpVisitor visitor = new HttpVisitor(portal);

    HttpResponse<String> english = visitor.get("/c/" + SmallSeed.SLUG + "/themes?lang=en");
    HttpResponse<String> next = visitor.get("/c/" + SmallSeed.SLUG);

    assertThat(english.body()).contains("<html lang=\"en\">").contains("Themes");
    assertThat(next.body()).contains("Key figures").contains("href=\"/c/petite-demo?lang=fr\"");
  }
}
