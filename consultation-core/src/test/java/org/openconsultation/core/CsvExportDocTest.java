package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.export.OpenDataLicence;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.spi.ContributionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The samples of {@code docs/publishing/csv-and-open-data.md} are what the exports write: each
 * block following a {@code <!-- sample: name -->} marker is compared with the file the code
 * produces for {@link CsvExportDocScene} (line ends aside). The samples are also written to {@code
 * target/doc-samples} for whoever updates the page.
 */
class CsvExportDocTest {

  private static final Path DOC = Path.of("../docs/publishing/csv-and-open-data.md");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CsvExportDocScene scene = new CsvExportDocScene();

  private Map<String, String> samples() throws IOException {
    Map<String, String> samples = new LinkedHashMap<>();
    for (ExportTable table : ExportTable.values()) {
      samples.put(table.fileStem() + ".csv", scene.csv(table, CsvFormat.RFC_4180));
    }
    samples.put(
        "workshops-spreadsheet.csv",
        scene.csv(ExportTable.WORKSHOPS, CsvFormat.SPREADSHEET).substring(1));
    Map<String, byte[]> entries = CsvExportFiles.unzip(scene.openDataPackage());
    samples.put("datapackage.json", excerpt(entries.get("datapackage.json")));
    Path dir = Path.of("target/doc-samples");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : samples.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    return samples;
  }

  /** The descriptor with two of its resources: the page shows those, the others are alike. */
  private static String excerpt(byte[] descriptor) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(descriptor);
    ArrayNode resources = (ArrayNode) root.get("resources");
    ArrayNode kept = JSON.createArrayNode();
    for (JsonNode r : resources) {
      if (List.of("themes", "comments").contains(r.path("name").asText())) {
        kept.add(r);
      }
    }
    root.set("resources", kept);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  @Test
  void everySampleOfThePageIsWhatTheExportWrites() throws IOException {
    Map<String, String> samples = samples();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);

    for (Map.Entry<String, String> sample : samples.entrySet()) {
      String quoted = block(doc, sample.getKey());
      String actual = sample.getValue().replace("\r\n", "\n");
      if (sample.getKey().endsWith(".json")) {
        assertThat(JSON.readTree(quoted)).as(sample.getKey()).isEqualTo(JSON.readTree(actual));
      } else {
        assertThat(quoted).as(sample.getKey()).isEqualTo(actual);
      }
    }
  }

  @Test
  void theDocumentedPackageImportsBackIntoAnEmptyConsultation() {
    TestWorld w = new TestWorld();
    var copy = w.open();

    var summary =
        w.engine
            .imports()
            .openDataPackage(w.organiser, copy, new ByteArrayInputStream(scene.openDataPackage()));

    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(5);
    assertThat(summary.participantsCreated()).isEqualTo(5);
  }

  @Test
  void theSnippetsOfThePageRunAsQuoted(@TempDir Path dir) throws IOException {
    Logger log = LoggerFactory.getLogger(CsvExportDocTest.class);
    ConsultationEngine engine = scene.engine;
    Actor organiser = scene.organiser;
    ConsultationId consultation = scene.c;
    // snippet:csv:begin
    ExportOptions options =
        ExportOptions.defaults()
            .withCsvFormat(CsvFormat.SPREADSHEET)
            .withProgress((table, rows, done) -> log.info("{}: {} rows", table, rows));
    try (OutputStream out = Files.newOutputStream(dir.resolve("contributions.csv"))) {
      engine.exports().csv(organiser, consultation, ExportTable.CONTRIBUTIONS, out, options);
    }
    // snippet:csv:end
    // snippet:package:begin
    ExportOptions open =
        ExportOptions.defaults()
            .withLicence(OpenDataLicence.etalab())
            .withSource("https://participez.rennes.example/c/plan-velo");
    try (OutputStream out = Files.newOutputStream(dir.resolve("plan-velo.zip"))) {
      engine.exports().openDataPackage(organiser, consultation, out, open);
    }
    // snippet:package:end
    // snippet:backup:begin
    ExportOptions backup = ExportOptions.defaults().withPseudonyms(Pseudonyms.asStored());
    try (OutputStream out = Files.newOutputStream(dir.resolve("backup.zip"))) {
      engine.exports().openDataPackage(organiser, consultation, out, backup);
    }
    // snippet:backup:end
    ConsultationEngine otherEngine = new TestWorld().engine;
    ConsultationId restored =
        otherEngine
            .consultations()
            .create(
                organiser,
                CreateConsultation.of("plan-velo", "Plan vélo de Rennes", scene.schedule()))
            .id();
    // snippet:restore:begin
    try (InputStream in = Files.newInputStream(dir.resolve("backup.zip"))) {
      ImportSummary summary = otherEngine.imports().openDataPackage(organiser, restored, in);
      log.info("{} contributions restored", summary.rows(ExportTable.CONTRIBUTIONS));
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> log.warn("{}: {}", v.path(), v.message()));
    }
    // snippet:restore:end

    assertThat(
            CsvExportFiles.rows(
                Files.readAllBytes(dir.resolve("contributions.csv")), CsvFormat.SPREADSHEET))
        .hasSize(5);
    assertThat(otherEngine.contributions().list(organiser, restored, ContributionFilter.all()))
        .hasSize(5);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/org/openconsultation/core/CsvExportDocTest.java"),
            StandardCharsets.UTF_8);
    for (String snippet : List.of("csv", "package", "backup", "restore")) {
      assertThat(doc).contains("```java\n" + snippet(source, snippet) + "\n```");
    }
  }

  /** The lines between the snippet's markers, unindented. */
  private static String snippet(List<String> lines, String name) {
    int begin = lines.indexOf("    // snippet:" + name + ":begin");
    int end = lines.indexOf("    // snippet:" + name + ":end");
    assertThat(begin).as(name).isNotNegative();
    assertThat(end).as(name).isGreaterThan(begin);
    return String.join(
        "\n",
        lines.subList(begin + 1, end).stream()
            .map(l -> l.isBlank() ? "" : l.substring(4))
            .toList());
  }

  /** The fenced block after the marker of {@code name}. */
  private static String block(String doc, String name) {
    String marker = "<!-- sample: " + name + " -->";
    int at = doc.indexOf(marker);
    assertThat(at).as("marker %s in %s", marker, DOC).isNotNegative();
    int open = doc.indexOf("```", at);
    int start = doc.indexOf('\n', open) + 1;
    int end = doc.indexOf("\n```", start);
    return doc.substring(start, end + 1);
  }
}
