package org.openconsultation.examples.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.Portal;
import org.openconsultation.examples.portal.SmallSeed;
import org.openconsultation.examples.portal.TestPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The publishing pages in a real browser: the open-data files downloaded with the reader's session
 * and read back (CSV with Jackson, the package with java.util.zip), and the dashboard and map, each
 * chart with its data table.
 */
class PublishingBrowserTest {

  private static final String ADVERT = "Achetez mes lunettes";

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
    ConsultationId id = portal.consultation().consultation();
    Contribution advert =
        portal
            .engine()
            .contributions()
            .submit(
                actor(SmallSeed.BRUNO),
                new SubmitContribution(
                    id,
                    portal.engine().themes().list(Actor.visitor(), id).get(0).id(),
                    ADVERT,
                    "Promotion exceptionnelle !"));
    portal
        .engine()
        .moderation()
        .decide(
            actor(SmallSeed.MODERATOR),
            new Moderate(id, ContentRef.of(advert.id()), ModerationAction.HIDE, "Publicité"));
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
  void theContributionsCsvHoldsWhatItsReaderMaySee() throws IOException {
    browser.open(steps.path("data"));
    List<Map<String, String>> visitors = csv(browser.download(By.linkText("contributions.csv")));

    steps.signIn(SmallSeed.MODERATOR);
    browser.open(steps.path("data"));
    List<Map<String, String>> moderators = csv(browser.download(By.linkText("contributions.csv")));

    assertThat(visitors)
        .extracting(r -> r.get("title"))
        .containsExactlyInAnyOrderElementsOf(published().stream().map(Contribution::title).toList())
        .doesNotContain(ADVERT);
    assertThat(moderators)
        .filteredOn(r -> r.get("title").equals(ADVERT))
        .extracting(r -> r.get("status"))
        .containsExactly("hidden");
    assertThat(moderators).hasSize(visitors.size() + 1);
  }

  @Test
  void theOpenDataPackageHoldsEveryTableWithItsDescriptor() throws IOException {
    browser.open(steps.path("data"));
    HttpResponse<byte[]> zip = browser.download(By.linkText("open-data.zip"));

    Map<String, byte[]> files = unzip(zip.body());
    JsonNode descriptor = new ObjectMapper().readTree(files.get("datapackage.json"));
    List<String> paths = new ArrayList<>();
    descriptor.get("resources").forEach(r -> paths.add(r.get("path").asText()));

    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(paths).contains("themes.csv", "contributions.csv", "workshops.csv");
    assertThat(files.keySet()).containsAll(paths);
    assertThat(csv(files.get("contributions.csv")))
        .extracting(r -> r.get("reference"))
        .containsExactlyInAnyOrderElementsOf(
            published().stream().map(c -> c.reference().toString()).toList());
  }

  @Test
  void theDashboardShowsEveryChartWithItsDataTable() {
    browser.open(steps.path("dashboard"));

    List<WebElement> charts = browser.driver().findElements(By.cssSelector("section.chart"));
    assertThat(charts).hasSize(8);
    for (WebElement chart : charts) {
      String title =
          chart.findElement(By.cssSelector("svg[role=img] > title")).getAttribute("textContent");
      String caption =
          chart.findElement(By.cssSelector("table > caption")).getAttribute("textContent");
      assertThat(caption).isEqualTo(title);
      assertThat(chart.findElement(By.tagName("h2")).getText()).isEqualTo(title);
    }
    WebElement first = charts.get(0);
    first.findElement(By.tagName("summary")).click();
    assertThat(first.findElement(By.tagName("table")).isDisplayed()).isTrue();
    assertThat(browser.texts(By.cssSelector("#top-table tbody th")))
        .anyMatch(t -> t.contains(SmallSeed.FIRST));
  }

  @Test
  void theMapShowsTheWorkshopsWithTheirTableAndItsLayersDownload() throws IOException {
    browser.open(steps.path("map"));

    WebElement workshops = browser.driver().findElement(By.cssSelector("section.chart"));
    assertThat(
            workshops.findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-labelledby"))
        .isNotBlank();
    assertThat(workshops.findElement(By.tagName("table")).getAttribute("textContent"))
        .contains("Atelier de la maison de quartier", "45.7600", "4.8300", "20");
    HttpResponse<byte[]> layer =
        browser.download(By.cssSelector("#map-layers a[href$='/workshops.geojson']"));
    JsonNode geo = new ObjectMapper().readTree(layer.body());

    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(1);
    assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble())
        .isEqualTo(4.83);
  }

  private static List<Map<String, String>> csv(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    return csv(response.body());
  }

  private static List<Map<String, String>> csv(byte[] file) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file)) {
      return rows.readAll();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static List<Contribution> published() {
    return portal
        .engine()
        .contributions()
        .list(
            Actor.visitor(), portal.consultation().consultation(), ContributionFilter.published());
  }

  private static Actor actor(org.openconsultation.examples.seed.DemoPerson person) {
    return person.actor();
  }
}
