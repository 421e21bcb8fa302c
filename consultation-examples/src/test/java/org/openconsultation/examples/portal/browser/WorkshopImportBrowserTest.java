package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.SmallSeed;
import org.openconsultation.examples.portal.TestPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A facilitator imports workshops from a spreadsheet in a real browser: a good file records every
 * row, collective contributions included; a bad file records nothing and lists each problem with
 * its line and column.
 */
class WorkshopImportBrowserTest {

  private static final String HEADER =
      "titre;date;heure;lieu;adresse;territoire;latitude;longitude;nombre de participants;thèmes;"
          + "titre de la contribution;texte de la contribution\n";

  private static Portal portal;
  private static Browser browser;
  private Steps steps;
  @TempDir Path files;

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
  void facilitator() {
    Browser.assumeAvailable();
    steps = new Steps(browser, SmallSeed.SLUG);
    steps.signIn(SmallSeed.FACILITATOR);
    browser.open(steps.path("workshops"));
    browser.follow(By.id("import-link"));
  }

  @Test
  void theTemplateDownloadsFromThePage() {
    HttpResponse<byte[]> template = browser.download(By.id("template-link"));

    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(new String(template.body(), StandardCharsets.UTF_8))
        .startsWith("\uFEFFtitre;description;date;heure");
  }

  @Test
  void aGoodFileRecordsEveryRowWithItsCollectiveContribution() throws IOException {
    upload(
        "ateliers.csv",
        HEADER
            + "Atelier du marché;2017-03-02;18:30;Halle du marché;2 place du Marché, Lyon;69;"
            + "45,7640;4,8357;15;Parcs;Des fontaines au marché;Les quinze participants veulent"
            + " de l'eau.\n"
            + "Atelier des écoles;03/03/2017;10h;École Jean-Macé;5 rue Jean-Macé, Lyon;69;"
            + "45,7450;4,8420;8;Rues;;\n");

    assertThat(browser.text(By.cssSelector("#import-done [role=status]")))
        .isEqualTo("2 atelier(s) enregistré(s) depuis ateliers.csv.");
    assertThat(browser.texts(By.cssSelector("#imported-table tbody th")))
        .containsExactly("Atelier du marché", "Atelier des écoles");
    browser.follow(By.linkText("Atelier du marché"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Atelier du marché");
    assertThat(browser.texts(By.cssSelector(".cards h3"))).contains("Des fontaines au marché");
  }

  @Test
  void aBadFileRecordsNothingAndListsEveryProblem() throws IOException {
    int before = workshops().size();

    upload(
        "erreurs.csv",
        HEADER
            + ";31/02/2017;18:30;Médiathèque;1 rue Ney, Lyon;69;45,76;4,83;12;Parcs;;\n"
            + "Atelier des berges;2017-03-04;10:00;Guinguette;Quai Rambaud, Lyon;69;45,74;4,81;"
            + "-4;Culture;;\n"
            + "Atelier sans souci;2017-03-05;10:00;Salle des fêtes;1 rue Neuve, Lyon;69;45,7;4,8;"
            + "9;Parcs;;\n");

    assertThat(browser.text(By.cssSelector("#import-errors [role=alert]")))
        .isEqualTo(
            "Le fichier erreurs.csv a 4 problème(s) : corrigez-les et envoyez-le de nouveau.");
    List<String> rows =
        browser.driver().findElements(By.cssSelector("#import-error-table tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith("2 titre");
    assertThat(rows.get(1)).startsWith("2 date").contains("31/02/2017");
    assertThat(rows).anyMatch(r -> r.startsWith("3 thèmes") && r.contains("Culture"));
    assertThat(rows).anyMatch(r -> r.startsWith("3 nombre de participants"));
    assertThat(workshops()).hasSize(before);
  }

  private void upload(String name, String content) throws IOException {
    Path file = files.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
    browser.follow(By.id("import-submit"));
  }

  private static List<Workshop> workshops() {
    return portal.engine().workshops().list(Actor.visitor(), portal.consultation().consultation());
  }
}
