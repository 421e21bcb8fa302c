package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.OpenDataLicence;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;

/**
 * The open-data package: a ZIP whose {@code datapackage.json} is a Frictionless tabular data
 * package describing each CSV of the ZIP with its Table Schema.
 */
class OpenDataPackageTest {

  private static final String SOURCE = "https://participez.example.gouv.fr/c/plan-velo-971";
  private static final Set<String> TYPES =
      Set.of("string", "integer", "number", "datetime", "array");

  private final RoundTripScene s = new RoundTripScene(new TestWorld());

  private static JsonNode descriptor(Map<String, byte[]> entries) throws IOException {
    return new ObjectMapper().readTree(entries.get("datapackage.json"));
  }

  @Test
  void theDescriptorIsATabularDataPackageWithLicenceAndSource() throws IOException {
    Map<String, byte[]> entries =
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(
                s.w, s.w.visitor, s.c, ExportOptions.defaults().withSource(SOURCE)));
    JsonNode d = descriptor(entries);

    assertThat(entries.keySet())
        .containsExactly(
            "datapackage.json",
            "themes.csv",
            "workshops.csv",
            "contributions.csv",
            "revisions.csv",
            "comments.csv",
            "ballots.csv",
            "tallies.csv");
    assertThat(d.path("profile").asText()).isEqualTo("tabular-data-package");
    assertThat(d.path("name").asText()).isEqualTo(RoundTripScene.SLUG);
    assertThat(d.path("title").asText()).isEqualTo("Plan vélo de Pointe-à-Pitre");
    OpenDataLicence etalab = OpenDataLicence.etalab();
    assertThat(d.path("licenses")).hasSize(1);
    assertThat(d.path("licenses").get(0).path("name").asText()).isEqualTo(etalab.name());
    assertThat(d.path("licenses").get(0).path("path").asText()).isEqualTo(etalab.path());
    assertThat(d.path("licenses").get(0).path("title").asText()).isEqualTo(etalab.title());
    assertThat(d.path("sources")).hasSize(1);
    assertThat(d.path("sources").get(0).path("path").asText()).isEqualTo(SOURCE);
    assertThat(d.path("sources").get(0).path("title").asText()).isNotBlank();
  }

  @Test
  void eachResourceDescribesItsCsvFieldByField() throws IOException {
    Map<String, byte[]> entries =
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(s.w, s.w.organiser, s.c, ExportOptions.defaults()));
    JsonNode resources = descriptor(entries).path("resources");

    assertThat(resources).hasSize(entries.size() - 1);
    Map<String, List<String>> fieldsOf = new HashMap<>();
    for (JsonNode resource : resources) {
      String name = resource.path("name").asText();
      assertThat(resource.path("path").asText()).isEqualTo(name + ".csv");
      assertThat(resource.path("profile").asText()).isEqualTo("tabular-data-resource");
      assertThat(resource.path("mediatype").asText()).isEqualTo("text/csv");
      assertThat(resource.path("encoding").asText()).isEqualTo("utf-8");
      assertThat(resource.path("description").asText()).isNotBlank();
      List<String> names = new ArrayList<>();
      for (JsonNode field : resource.path("schema").path("fields")) {
        names.add(field.path("name").asText());
        assertThat(field.path("name").asText()).matches("[a-z0-9_]+");
        assertThat(field.path("type").asText()).isIn(TYPES);
        assertThat(field.path("description").asText()).as(name + " " + field).isNotBlank();
      }
      assertThat(names)
          .as("the fields of %s are its CSV header", name)
          .isEqualTo(CsvExportFiles.header(entries.get(name + ".csv"), CsvFormat.RFC_4180));
      fieldsOf.put(name, names);
    }
    for (JsonNode resource : resources) {
      String name = resource.path("name").asText();
      JsonNode schema = resource.path("schema");
      assertThat(schema.path("primaryKey")).isNotEmpty();
      schema.path("primaryKey").forEach(k -> assertThat(fieldsOf.get(name)).contains(k.asText()));
      for (JsonNode fk : schema.path("foreignKeys")) {
        String target = fk.path("reference").path("resource").asText();
        String referred = target.isEmpty() ? name : target;
        assertThat(fieldsOf.get(name)).contains(fk.path("fields").asText());
        assertThat(fieldsOf.get(referred)).contains(fk.path("reference").path("fields").asText());
      }
    }
    JsonNode contributions = resources.get(2).path("schema");
    assertThat(contributions.path("foreignKeys").findValuesAsText("resource"))
        .containsExactly("themes", "workshops");
  }

  @Test
  void whileResultsAreHiddenTheyAreLeftOutOfThePackageAndItsDescriptor() throws IOException {
    ConsultationId hidden =
        s.w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    s.w.theme(hidden, "Santé");

    Map<String, byte[]> entries =
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(s.w, s.w.alice, hidden, ExportOptions.defaults()));

    assertThat(entries).doesNotContainKeys("ballots.csv", "tallies.csv").containsKey("themes.csv");
    List<String> names = new ArrayList<>();
    descriptor(entries).path("resources").forEach(r -> names.add(r.path("name").asText()));
    assertThat(names)
        .containsExactly("themes", "workshops", "contributions", "revisions", "comments");
    assertThat(descriptor(entries).findValuesAsText("resource")).doesNotContain("ballots");
  }

  @Test
  void theCsvFilesAreRfc4180WhateverTheFormatAskedAndCountedInTheSummary() {
    ExportOptions options =
        ExportOptions.defaults()
            .withCsvFormat(CsvFormat.SPREADSHEET)
            .withLicence(OpenDataLicence.ccBy());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSummary summary = s.w.engine.exports().openDataPackage(s.w.organiser, s.c, out, options);
    Map<String, byte[]> entries = CsvExportFiles.unzip(out.toByteArray());

    for (ExportTable table : ExportTable.values()) {
      byte[] csv = entries.get(table.fileStem() + ".csv");
      assertThat(CsvExportFiles.rows(csv, CsvFormat.RFC_4180))
          .as(table.name())
          .hasSize((int) summary.rows(table));
    }
    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(6);
    assertThat(new String(entries.get("datapackage.json"), StandardCharsets.UTF_8))
        .contains("\"CC-BY-4.0\"")
        .doesNotContain("\"sources\"");
  }

  @Test
  void theProgressListenerHearsTheEndOfEveryTable() {
    List<String> done = new ArrayList<>();
    ExportOptions options =
        ExportOptions.defaults()
            .withProgress(
                (table, rows, finished) -> {
                  if (finished) {
                    done.add(table.fileStem() + "=" + rows);
                  }
                });

    CsvExportFiles.openDataPackage(s.w, s.w.visitor, s.c, options);

    assertThat(done)
        .containsExactly(
            "themes=2",
            "workshops=1",
            "contributions=5",
            "revisions=7",
            "comments=4",
            "ballots=6",
            "tallies=4");
  }
}
