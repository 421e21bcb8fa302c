package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.SmallSeed;
import org.openconsultation.examples.portal.TestPortal;
import org.openqa.selenium.By;

/**
 * People using the portal in a real browser: a participant proposes, edits, comments and votes;
 * votes reorder the ranking; a permalink keeps citing the revision it named; a facilitator submits
 * a workshop's collective contribution; a moderator hides a reported contribution.
 */
class ParticipationBrowserTest {

  private static Portal portal;
  private static Browser browser;
  private Steps steps;

  @BeforeAll
  static void start() {
    if (!Browser.available()) {
      return; // each test then says why it is skipped
    }
    portal = TestPortal.start();
    browser = Browser.open(portal.uri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @BeforeEach
  void visitor() {
    Browser.assumeAvailable();
    browser.forgetSession();
    steps = new Steps(browser, SmallSeed.SLUG);
  }

  @Test
  void aParticipantProposesEditsCommentsAndVotes() {
    steps.signIn(SmallSeed.ALICE);

    String reference = steps.propose("Parcs", "Un jardin partagé", "Des bacs pour cultiver.");
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains(reference, "publiée");
    steps.edit("Un jardin partagé et ouvert", "Des bacs pour cultiver, ouverts à tous.", "Ouvert");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Un jardin partagé et ouvert");
    assertThat(steps.citation()).isEqualTo(reference + ".2");

    browser.type(By.id("comment-body"), "Et un composteur ?");
    browser.tick(By.id("stance-AGREE"));
    browser.follow(By.id("comment-submit"));
    assertThat(browser.text(By.cssSelector(".comment"))).contains("Et un composteur ?", "d'accord");

    steps.support();
    assertThat(browser.text(By.id("my-ballot"))).isEqualTo("Votre vote : soutien.");
    assertThat(browser.text(By.id("tally"))).isEqualTo("1 soutien(s)");
  }

  @Test
  void votesChangeTheRankingOrder() {
    String first = reference(SmallSeed.FIRST);
    String second = reference(SmallSeed.SECOND);
    assertThat(steps.ranking("Nombre de soutiens")).containsSubsequence(first, second);
    assertThat(browser.text(By.id("rule-explanation"))).contains("le plus de soutiens");

    steps.signIn(SmallSeed.BRUNO);
    steps.openContribution(second);
    steps.support();

    assertThat(steps.ranking("Nombre de soutiens")).containsSubsequence(second, first);
  }

  @Test
  void aPermalinkOpenedAfterAnEditShowsTheCitedRevision() {
    steps.signIn(SmallSeed.BRUNO);
    String reference = steps.propose("Rues", "Des passages piétons", "Devant l'école.");
    String cited = steps.citation();
    steps.edit("Des passages piétons surélevés", "Devant l'école et la mairie.", "Précision");

    browser.forgetSession();
    browser.open(steps.path(cited));

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Des passages piétons");
    assertThat(browser.text(By.cssSelector(".body"))).isEqualTo("Devant l'école.");
    assertThat(browser.text(By.id("cited-revision"))).contains("version 1", "version 2");
    browser.follow(By.linkText("Voir la version actuelle"));
    assertThat(browser.path()).isEqualTo(steps.path(reference));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Des passages piétons surélevés");
  }

  @Test
  void aFacilitatorSubmitsACollectiveContributionForTheirWorkshop() {
    steps.signIn(SmallSeed.FACILITATOR);
    browser.open(steps.path("workshops"));
    browser.follow(By.linkText("Atelier de la maison de quartier"));
    browser.follow(By.id("collective-link"));
    browser.choose(By.id("field-theme"), "Parcs");
    browser.type(By.id("field-title"), "Plus d'arbres au square");
    browser.type(By.id("field-body"), "Les vingt participants demandent de l'ombre.");
    browser.follow(By.id("contribution-submit"));

    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Plus d'arbres au square");
    assertThat(browser.pageText())
        .contains("collective (atelier)", "Contribution collective de l'atelier");
    browser.follow(By.linkText("Atelier de la maison de quartier"));
    assertThat(browser.texts(By.cssSelector(".cards h3"))).contains("Plus d'arbres au square");
  }

  @Test
  void aModeratorHidesAReportedContribution() {
    steps.signIn(SmallSeed.BRUNO);
    String reference = steps.propose("Rues", "Achetez mes lunettes", "Promotion exceptionnelle !");
    steps.signIn(SmallSeed.ALICE);
    steps.openContribution(reference);
    browser.type(By.id("flag-reason"), "Publicité");
    browser.follow(By.id("flag-submit"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("signalement");

    steps.signIn(SmallSeed.MODERATOR);
    browser.open(steps.path("moderation"));
    String item = "li.moderation-item[data-target='" + id(reference) + "']";
    assertThat(browser.text(By.cssSelector(item))).contains("Alice Martin", "Publicité");
    browser.tick(By.cssSelector(item + " input[value=HIDE]"));
    browser.type(By.cssSelector(item + " input[name=reason]"), "Publicité commerciale");
    browser.follow(By.cssSelector(item + " button[type=submit]"));
    assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Masquer");

    browser.forgetSession();
    browser.open(steps.path("contributions"));
    assertThat(browser.pageText()).doesNotContain("Achetez mes lunettes");
  }

  @Test
  void theLanguageSwitchShowsThePortalInEnglish() {
    browser.open(steps.path(""));
    browser.follow(By.linkText("English"));

    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("en");
    assertThat(browser.text(By.id("figures"))).isEqualTo("Key figures");
  }

  private static String reference(String title) {
    return published().stream()
        .filter(c -> c.title().equals(title))
        .findFirst()
        .orElseThrow()
        .reference()
        .toString();
  }

  private static String id(String reference) {
    return published().stream()
        .filter(c -> c.reference().toString().equals(reference))
        .findFirst()
        .orElseThrow()
        .id()
        .toString();
  }

  private static java.util.List<Contribution> published() {
    return portal
        .engine()
        .contributions()
        .list(
            Actor.visitor(), portal.consultation().consultation(), ContributionFilter.published());
  }
}
