package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.ConsultationId;

/**
 * Export, import into a fresh consultation of another engine, export again: the same files. With
 * stored identifiers every entry of the package is byte for byte the same. With pseudonyms, the
 * pseudonyms become the stored identifiers of the copy, so exporting the copy as stored gives the
 * same files again (only the order of ballots within a contribution, which follows the stored
 * identifiers, may differ).
 */
class RoundTripTest {

  private static final ExportOptions AS_STORED =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.asStored());

  @Test
  void thePackageWithStoredIdentifiersComesBackByteForByte() {
    RoundTripScene scene = new RoundTripScene(new TestWorld());
    byte[] first = CsvExportFiles.openDataPackage(scene.w, scene.w.organiser, scene.c, AS_STORED);

    TestWorld other = new TestWorld();
    ConsultationId copy = RoundTripScene.consultation(other);
    ImportSummary summary =
        other
            .engine
            .imports()
            .openDataPackage(other.organiser, copy, new ByteArrayInputStream(first));
    byte[] second = CsvExportFiles.openDataPackage(other, other.organiser, copy, AS_STORED);

    assertSameEntries(CsvExportFiles.unzip(second), CsvExportFiles.unzip(first));
    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(6);
    assertThat(summary.rows(ExportTable.REVISIONS)).isEqualTo(8);
    assertThat(summary.rows(ExportTable.BALLOTS)).isEqualTo(7);
  }

  @Test
  void thePseudonymisedPackageComesBackUnderItsPseudonyms() {
    RoundTripScene scene = new RoundTripScene(new TestWorld());
    byte[] first =
        CsvExportFiles.openDataPackage(
            scene.w, scene.w.organiser, scene.c, ExportOptions.defaults());

    TestWorld other = new TestWorld();
    ConsultationId copy = RoundTripScene.consultation(other);
    other.engine.imports().openDataPackage(other.organiser, copy, new ByteArrayInputStream(first));
    byte[] second = CsvExportFiles.openDataPackage(other, other.organiser, copy, AS_STORED);

    Map<String, byte[]> before = CsvExportFiles.unzip(first);
    Map<String, byte[]> after = CsvExportFiles.unzip(second);
    assertThat(new String(before.get("ballots.csv"), StandardCharsets.UTF_8))
        .contains(",p-")
        .doesNotContain("alice");
    assertThat(lines(after.remove("ballots.csv")))
        .containsExactlyInAnyOrderElementsOf(lines(before.remove("ballots.csv")));
    assertSameEntries(after, before);
  }

  @Test
  void theJsonDocumentComesBackWithTheSameRecords() throws IOException {
    RoundTripScene scene = new RoundTripScene(new TestWorld());
    byte[] first = json(scene.w, scene.c);

    TestWorld other = new TestWorld();
    ConsultationId copy = RoundTripScene.consultation(other);
    ImportSummary summary =
        other.engine.imports().json(other.organiser, copy, new ByteArrayInputStream(first));
    byte[] second = json(other, copy);

    assertThat(records(second)).isEqualTo(records(first));
    assertThat(summary.rows(ExportTable.COMMENTS)).isEqualTo(5);
    // The package of the copy is the package of the original.
    assertSameEntries(
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(other, other.organiser, copy, AS_STORED)),
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(scene.w, scene.w.organiser, scene.c, AS_STORED)));
  }

  static void assertSameEntries(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(new String(actual.get(name), StandardCharsets.UTF_8))
          .as(name)
          .isEqualTo(new String(expected.get(name), StandardCharsets.UTF_8));
      assertThat(Arrays.equals(actual.get(name), expected.get(name))).as(name).isTrue();
    }
  }

  private static List<String> lines(byte[] csv) {
    return Arrays.asList(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
  }

  private static byte[] json(TestWorld w, ConsultationId c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.engine.exports().json(w.organiser, c, out, AS_STORED);
    return out.toByteArray();
  }

  /** The document without the consultation itself and without the consultation's id. */
  private static JsonNode records(byte[] document) throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(document);
    root.remove("consultation");
    root.findParents("consultationId").forEach(p -> ((ObjectNode) p).remove("consultationId"));
    return root;
  }
}
