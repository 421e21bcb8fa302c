package org.openconsultation.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * The publishing pages over plain HTTP: every download with its type and file name, the formats as
 * written, the normal error page for a file that does not exist, the visitors the dashboard counts,
 * and who may import workshops.
 */
class PublishingHttpTest {

  private static final String C = "/c/" + SmallSeed.SLUG;
  private static final Pattern VISITORS =
      Pattern.compile("<th scope=\"row\">Visiteurs</th><td>(\\d+)</td>");

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
  void theOpenDataPageLinksEveryFile() {
    HttpResponse<String> page = new HttpVisitor(portal).get(C + "/data");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("href=\"" + C + "/data/open-data.zip\"")
        .contains("href=\"" + C + "/data/consultation.xlsx\"")
        .contains("href=\"" + C + "/data/consultation.json\"");
    for (String stem :
        List.of("themes", "contributions", "revisions", "workshops", "comments", "ballots")) {
      assertThat(page.body())
          .contains(C + "/data/" + stem + ".csv\"")
          .contains(C + "/data/" + stem + "-spreadsheet.csv\"")
          .contains(C + "/data/" + stem + ".jsonl\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "data/contributions.csv, text/csv, petite-demo-contributions.csv",
    "data/comments-spreadsheet.csv, text/csv, petite-demo-comments-spreadsheet.csv",
    "data/themes.jsonl, application/jsonl, petite-demo-themes.jsonl",
    "data/consultation.json, application/json, petite-demo-consultation.json",
    "data/consultation.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
        + " petite-demo-consultation.xlsx",
    "data/open-data.zip, application/zip, petite-demo-open-data.zip",
    "map/workshops.geojson, application/geo+json, petite-demo-workshops.geojson",
    "synthesis.md, text/markdown, petite-demo-synthesis.md"
  })
  void aDownloadCarriesItsTypeAndFileName(String path, String type, String fileName) {
    HttpResponse<byte[]> file = new HttpVisitor(portal).bytes(C + "/" + path);

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + fileName + "\"");
    assertThat(file.body()).isNotEmpty();
  }

  @Test
  void theSpreadsheetCsvHasAByteOrderMarkAndSemicolons() throws IOException {
    byte[] file = new HttpVisitor(portal).bytes(C + "/data/contributions-spreadsheet.csv").body();

    assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<Map<String, String>> rows =
        csv.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(';'))
            .readValues(text)) {
      assertThat(rows.readAll())
          .extracting(r -> r.get("title"))
          .containsExactlyInAnyOrderElementsOf(
              published().stream().map(Contribution::title).toList());
    }
  }

  @Test
  void anUnknownFileIsThePortalsNotFoundPage() {
    HttpResponse<String> missing = new HttpVisitor(portal).get(C + "/data/votes.csv");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(missing.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(missing.body()).contains("Page introuvable");
  }

  @Test
  void theDashboardCountsEachBrowserOnceEvenAcrossSignIn() {
    HttpVisitor first = new HttpVisitor(portal);
    first.get(C);
    first.get(C + "/themes");
    long before = visitors(first.get(C + "/dashboard").body());

    HttpVisitor second = new HttpVisitor(portal);
    second.get(C);
    second.signIn(SmallSeed.ALICE);
    second.get(C + "/map");

    assertThat(visitors(first.get(C + "/dashboard").body())).isEqualTo(before + 1);
  }

  @Test
  void theDashboardDrawsEveryChartWithItsTable() {
    String page = new HttpVisitor(portal).get(C + "/dashboard").body();

    int charts = count(page, "<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(charts).isEqualTo(8);
    assertThat(count(page, "<details class=\"chart-data\">")).isEqualTo(charts);
    assertThat(page).contains("id=\"top-table\"").contains(SmallSeed.FIRST);
  }

  @Test
  void theHomePageShowsTheEnginesKeyFigures() {
    String home = new HttpVisitor(portal).get(C).body();

    assertThat(home).contains("commentaires publiés").contains("soutiens");
  }

  @Test
  void onlyFacilitatorsAndOrganisersMayImportWorkshops() {
    HttpVisitor alice = new HttpVisitor(portal);
    alice.signIn(SmallSeed.ALICE);

    assertThat(alice.get(C + "/workshops/import").statusCode()).isEqualTo(403);
    assertThat(alice.get(C + "/workshops/import/template.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void theTemplateComesInThePagesLanguage() {
    HttpVisitor ines = new HttpVisitor(portal);
    ines.signIn(SmallSeed.FACILITATOR);

    HttpResponse<byte[]> french = ines.bytes(C + "/workshops/import/template.csv");
    HttpResponse<byte[]> english = ines.bytes(C + "/workshops/import/template.csv?lang=en");

    assertThat(french.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("modele-ateliers.csv");
    assertThat(new String(french.body(), StandardCharsets.UTF_8)).contains("titre;description");
    assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("title;description");
  }

  @Test
  void anUploadWithoutTheFormTokenIsRefused() {
    HttpVisitor ines = new HttpVisitor(portal);
    ines.signIn(SmallSeed.FACILITATOR);

    HttpResponse<String> refused =
        ines.upload(C + "/workshops/import", Map.of(), "file", "a.csv", new byte[] {'a'});

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void anUploadWithoutAFileAsksForOne() {
    HttpVisitor ines = new HttpVisitor(portal);
    String token = ines.signIn(SmallSeed.FACILITATOR);

    HttpResponse<String> asked =
        ines.upload(C + "/workshops/import", Map.of("_csrf", token), "file", "", new byte[0]);

    assertThat(asked.statusCode()).isEqualTo(422);
    assertThat(asked.body()).contains("Choisissez un fichier à importer.");
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithAPage() {
    HttpVisitor ines = new HttpVisitor(portal);
    String token = ines.signIn(SmallSeed.FACILITATOR);
    byte[] huge = "titre;date\n".repeat(300_000).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> refused =
        ines.upload(C + "/workshops/import", Map.of("_csrf", token), "file", "big.csv", huge);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("Le fichier est trop volumineux");
  }

  private static long visitors(String dashboard) {
    Matcher m = VISITORS.matcher(dashboard);
    assertThat(m.find()).as("the funnel's visitors in the dashboard").isTrue();
    return Long.parseLong(m.group(1));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<Contribution> published() {
    return portal
        .engine()
        .contributions()
        .list(
            Actor.visitor(), portal.consultation().consultation(), ContributionFilter.published());
  }
}
