package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.json.OpenConsultationModule;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;

/**
 * {@code docs/publishing/json-and-geojson.md} shows what the code does: its JSON samples are what
 * the engine writes ({@link JsonExportSamples}), word for word, and its Java snippets are quoted
 * from this class, where they run.
 */
class JsonExportDocTest {

  private static final Path DOC = Path.of("../docs/publishing/json-and-geojson.md");
  private static final Path SELF =
      Path.of("src/test/java/org/openconsultation/core/JsonExportDocTest.java");
  private static final Pattern SAMPLE =
      Pattern.compile("<!-- sample: ([\\w.-]+) -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everySampleOfTheGuideIsWhatTheEngineWrites() throws IOException {
    Map<String, String> samples = JsonExportSamples.samples();
    Matcher m = SAMPLE.matcher(Files.readString(DOC));
    int found = 0;
    while (m.find()) {
      found++;
      String name = m.group(1);
      assertThat(samples).as("a sample named " + name).containsKey(name);
      assertThat(m.group(2)).as(name).isEqualTo(samples.get(name));
      assertThat(JsonExportFixture.parse(m.group(2)).isObject()).as(name).isTrue();
    }
    assertThat(found).isEqualTo(samples.size());
  }

  @Test
  void theGuidesJavaSnippetsAreQuotedFromCodeThatRuns() throws IOException {
    List<String> source = Files.readAllLines(SELF);
    String doc = Files.readString(DOC);

    for (String marker : List.of("register", "export")) {
      assertThat(doc).contains("```java\n" + snippet(source, marker) + "\n```");
    }
  }

  @Test
  void theModuleSnippetReadsBackWhatItWrites() throws IOException {
    Scene s = new Scene();
    Contribution contribution = s.aliceIdea;

    // register:begin
    ObjectMapper mapper = new ObjectMapper().registerModule(new OpenConsultationModule());
    String json = mapper.writeValueAsString(contribution);
    Contribution back = mapper.readValue(json, Contribution.class);
    // register:end

    assertThat(back).isEqualTo(contribution);
  }

  @Test
  void theExportSnippetWritesItsFiles(@TempDir Path dir) throws IOException {
    Scene s = new Scene();
    ConsultationEngine engine = s.engine;
    Actor actor = s.w.visitor;
    ConsultationId consultation = s.c;
    List<String> log = new ArrayList<>();

    // export:begin
    ExportOptions options =
        ExportOptions.defaults()
            .withSource("https://participez.example.fr/c/plan-velo")
            .withProgress((table, rows, done) -> log.add(table + ": " + rows));
    try (OutputStream out = Files.newOutputStream(dir.resolve("plan-velo.json"))) {
      engine.exports().json(actor, consultation, out, options);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("contributions.jsonl"))) {
      engine.exports().jsonLines(actor, consultation, ExportTable.CONTRIBUTIONS, out, options);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("ateliers.geojson"))) {
      engine.exports().geoJson(actor, consultation, MapLayer.WORKSHOPS, out, options);
    }
    // export:end

    assertThat(Files.readAllLines(dir.resolve("contributions.jsonl"))).hasSize(3);
    assertThat(
            JsonExportFixture.parse(Files.readString(dir.resolve("ateliers.geojson")))
                .get("type")
                .textValue())
        .isEqualTo("FeatureCollection");
    assertThat(log).contains("CONTRIBUTIONS: 3", "WORKSHOPS: 1");
  }

  /** The lines between the markers, without their common indentation. */
  private static String snippet(List<String> lines, String marker) {
    int begin =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.strip().equals("// " + marker + ":begin"))
                .findFirst()
                .orElseThrow());
    int end =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.strip().equals("// " + marker + ":end"))
                .findFirst()
                .orElseThrow());
    List<String> body = lines.subList(begin + 1, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
