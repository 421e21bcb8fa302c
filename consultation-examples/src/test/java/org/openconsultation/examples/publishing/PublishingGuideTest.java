package org.openconsultation.examples.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.examples.publishing.GuideDocument.Block;
import org.openconsultation.examples.publishing.GuideDocument.Sample;

/**
 * The publishing guide, {@code docs/publishing.md}, and its sample files under {@code
 * docs/samples/} show what the tour writes now, and the tour's files read back with independent
 * readers. When the guide or a sample file differs, the test writes the expected file under {@code
 * target/publishing-guide/expected/} for a maintainer to check and copy.
 */
class PublishingGuideTest {

  private static final Path GUIDE = Path.of("../docs/publishing.md");
  private static final Path SAMPLE_FILES = Path.of("../docs/samples");
  private static final Path SOURCES =
      Path.of("src/main/java/org/openconsultation/examples/publishing");
  private static final Path TOUR = Path.of("target/publishing-guide/tour");
  private static final Path EXPECTED = Path.of("target/publishing-guide/expected");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GUIDE_DIFFERS =
      "blocks of docs/publishing.md that differ from what the code makes now; the guide as it"
          + " should read is consultation-examples/"
          + EXPECTED.resolve("docs/publishing.md")
          + ": check it and copy it over docs/publishing.md";

  private static Map<String, String> snippets;
  private static Map<String, Sample> samples;
  private static JsonNode document;

  @BeforeAll
  static void runTheTour() throws IOException {
    List<String> output = new ArrayList<>();
    PublishingTour.run(TOUR, output::add);
    snippets = GuideDocument.snippets(SOURCES);
    samples = GuideSamples.of(TOUR, output);
    document = JSON.readTree(TOUR.resolve("consultation.json").toFile());
  }

  @Test
  void everySnippetOfTheGuideIsQuotedVerbatimFromTheTour() throws IOException {
    List<String> differing = differingBlocks("snippet");
    if (!differing.isEmpty()) {
      writeExpectedGuide();
    }

    assertThat(names("snippet")).containsExactlyInAnyOrderElementsOf(snippets.keySet());
    assertThat(differing).as(GUIDE_DIFFERS).isEmpty();
  }

  @Test
  void everySampleOfTheGuideIsWhatTheTourWritesNow() throws IOException {
    List<String> differing = differingBlocks("sample");
    if (!differing.isEmpty()) {
      writeExpectedGuide();
    }

    assertThat(names("sample")).containsExactlyInAnyOrderElementsOf(samples.keySet());
    assertThat(differing).as(GUIDE_DIFFERS).isEmpty();
  }

  @Test
  void everyJavaBlockOfTheGuideIsAMarkedSnippet() throws IOException {
    String guide = Files.readString(GUIDE);
    long snippetBlocks =
        GuideDocument.blocks(guide).stream().filter(b -> b.kind().equals("snippet")).count();
    long javaBlocks = guide.split("```java\n", -1).length - 1;

    assertThat(javaBlocks).as("Java blocks, each between snippet markers").isEqualTo(snippetBlocks);
  }

  @Test
  void theSampleFilesAreWhatTheTourWritesNow() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("demo-synthesis.md", "synthesis.md");
    expected.put("demo-synthesis.html", "synthesis.html");
    expected.put("demo-digest.txt", "digest.txt");
    expected.put("demo-dashboard-themes.svg", "dashboard-themes.svg");
    expected.put("demo-dashboard-workshop-map.svg", "dashboard-workshop-map.svg");
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String now = Files.readString(TOUR.resolve(e.getValue()));
      Path shown = SAMPLE_FILES.resolve(e.getKey());
      if (!Files.exists(shown) || !Files.readString(shown).equals(now)) {
        Path file = EXPECTED.resolve("docs/samples").resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, now);
        differing.add(e.getKey());
      }
    }
    List<String> present;
    try (Stream<Path> files = Files.list(SAMPLE_FILES)) {
      present = files.map(f -> f.getFileName().toString()).toList();
    }

    assertThat(expected.keySet()).as("files under docs/samples").containsAll(present);
    assertThat(differing)
        .as(
            "docs/samples files that differ from what the tour writes now; check and copy them"
                + " from consultation-examples/"
                + EXPECTED.resolve("docs/samples"))
        .isEmpty();
  }

  @Test
  void everyCsvTableHasOneCellPerColumnAndTheRowsOfTheJsonDocument() throws IOException {
    for (ExportTable table : ExportTable.values()) {
      List<String[]> rows =
          TourFiles.readCsv(TourFiles.text(TOUR.resolve(table.fileStem() + ".csv")), ',');
      String[] header = rows.get(0);

      assertThat(new HashSet<>(Arrays.asList(header))).as(table + " header").hasSize(header.length);
      assertThat(rows).as(table + " rows").allMatch(r -> r.length == header.length);
      assertThat(rows).as(table + " rows").hasSize(document.get(table.fileStem()).size() + 1);
    }
  }

  @Test
  void theSpreadsheetCsvStartsWithAByteOrderMarkAndSeparatesWithSemicolons() throws IOException {
    String excel = TourFiles.text(TOUR.resolve("contributions-excel.csv"));
    List<String[]> rows = TourFiles.readCsv(excel.substring(1), ';');
    List<String[]> plain =
        TourFiles.readCsv(TourFiles.text(TOUR.resolve("contributions.csv")), ',');
    int latitude = Arrays.asList(plain.get(0)).indexOf("latitude");

    assertThat(excel).startsWith(TourFiles.BOM);
    assertThat(rows).hasSameSizeAs(plain);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i)[latitude]).isEqualTo(plain.get(i)[latitude].replace('.', ','));
    }
  }

  @Test
  void everyJsonLinesRecordIsTheRecordOfTheJsonDocument() throws IOException {
    for (ExportTable table : ExportTable.values()) {
      List<String> lines = Files.readAllLines(TOUR.resolve(table.fileStem() + ".jsonl"));
      JsonNode records = document.get(table.fileStem());

      assertThat(lines).as(table.fileStem()).hasSize(records.size());
      for (int i = 0; i < lines.size(); i++) {
        assertThat(JSON.readTree(lines.get(i))).isEqualTo(records.get(i));
      }
    }
  }

  @Test
  void everyGeoJsonLayerIsAFeatureCollectionOfPointsWithDistinctIds() throws IOException {
    for (String layer : List.of("workshops", "contributions", "institutional-contributions")) {
      JsonNode map = JSON.readTree(TOUR.resolve(layer + ".geojson").toFile());
      Set<String> ids = new HashSet<>();

      assertThat(map.path("type").asText()).isEqualTo("FeatureCollection");
      assertThat(map.path("features").size()).as(layer).isPositive();
      for (JsonNode feature : map.path("features")) {
        JsonNode at = feature.path("geometry").path("coordinates");
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(at.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(at.get(1).asDouble()).isBetween(-90.0, 90.0);
        assertThat(ids.add(feature.path("id").asText())).as(layer + " ids").isTrue();
      }
    }
  }

  @Test
  void theOpenDataPackageDescribesEachCsvItHolds() throws IOException {
    Map<String, byte[]> zip = TourFiles.zip(TOUR.resolve("open-data.zip"));
    JsonNode descriptor = JSON.readTree(zip.get("datapackage.json"));
    List<String> paths = new ArrayList<>();
    for (JsonNode resource : descriptor.path("resources")) {
      String path = resource.path("path").asText();
      paths.add(path);
      String csv = new String(zip.get(path), StandardCharsets.UTF_8);
      List<String> fields = new ArrayList<>();
      resource.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));

      assertThat(TourFiles.readCsv(csv, ',').get(0)).as(path).containsExactlyElementsOf(fields);
    }

    assertThat(zip.keySet()).first().isEqualTo("datapackage.json");
    assertThat(zip.keySet()).containsExactlyElementsOf(prepend("datapackage.json", paths));
  }

  @Test
  void theWorkbookHasASummaryThemesWorkshopsAndASheetPerTheme() throws IOException {
    List<TourFiles.Sheet> sheets =
        TourFiles.sheets(TourFiles.zip(TOUR.resolve("consultation.xlsx")));
    int themeRows = sheets.subList(3, sheets.size()).stream().mapToInt(s -> s.rows() - 1).sum();

    assertThat(sheets)
        .extracting(TourFiles.Sheet::name)
        .startsWith("Synthèse", "Thèmes", "Ateliers");
    assertThat(sheets).hasSize(3 + document.get("themes").size());
    assertThat(themeRows).isEqualTo(document.get("contributions").size());
  }

  @Test
  void theBackupRestoredOnAnotherEngineExportsTheSameFiles() throws IOException {
    Map<String, byte[]> backup = TourFiles.zip(TOUR.resolve("backup.zip"));
    Map<String, byte[]> restored = TourFiles.zip(TOUR.resolve("restored.zip"));

    assertThat(restored.keySet()).containsExactlyElementsOf(backup.keySet());
    for (String name : backup.keySet()) {
      assertThat(restored.get(name)).as(name).isEqualTo(backup.get(name));
    }
  }

  @Test
  void theHtmlReportsAndTheChartsAreWellFormedXml() throws IOException {
    for (String file : List.of("synthesis.html", "digest.html", "dashboard-themes.svg")) {
      assertThat(TourFiles.xml(Files.readAllBytes(TOUR.resolve(file))).getDocumentElement())
          .as(file)
          .isNotNull();
    }
  }

  private static List<String> names(String kind) throws IOException {
    return GuideDocument.blocks(Files.readString(GUIDE)).stream()
        .filter(b -> b.kind().equals(kind))
        .map(Block::name)
        .toList();
  }

  /** The blocks of {@code kind} whose content differs from what the code makes now. */
  private static List<String> differingBlocks(String kind) throws IOException {
    List<Block> now = GuideDocument.blocks(Files.readString(GUIDE));
    List<Block> expected = GuideDocument.blocks(guideAsItShouldRead());
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      if (now.get(i).kind().equals(kind) && !now.get(i).equals(expected.get(i))) {
        differing.add(now.get(i).name());
      }
    }
    return differing;
  }

  /** Writes the guide as it should read where {@link #GUIDE_DIFFERS} says. */
  private static void writeExpectedGuide() throws IOException {
    Path file = EXPECTED.resolve("docs/publishing.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, guideAsItShouldRead());
  }

  private static String guideAsItShouldRead() throws IOException {
    return GuideDocument.fill(Files.readString(GUIDE), snippets, samples);
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
