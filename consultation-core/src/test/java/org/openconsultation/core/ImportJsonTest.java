package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Violation;

/** Importing the JSON document: its sections in any order, and its problems named by element. */
class ImportJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImportFixture f = new ImportFixture();

  private ObjectNode document() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.source
        .w
        .engine
        .exports()
        .json(f.source.w.organiser, f.source.c, out, ImportFixture.AS_STORED);
    return (ObjectNode) JSON.readTree(out.toByteArray());
  }

  private ImportSummary load(Object document) throws IOException {
    byte[] bytes = document instanceof byte[] b ? b : JSON.writeValueAsBytes(document);
    return f.target
        .engine
        .imports()
        .json(f.target.organiser, f.copy, new ByteArrayInputStream(bytes));
  }

  @Test
  void sectionsInAnyOrderAreReadAndTheResultIsTheSame() throws IOException {
    ObjectNode document = document();
    List<String> names = new ArrayList<>();
    document.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    ObjectNode reversed = JSON.createObjectNode();
    names.forEach(n -> reversed.set(n, document.get(n)));

    ImportSummary summary = load(reversed);

    assertThat(summary.rows(ExportTable.REVISIONS)).isEqualTo(8);
    RoundTripTest.assertSameEntries(
        CsvExportFiles.unzip(
            CsvExportFiles.openDataPackage(
                f.target, f.target.organiser, f.copy, ImportFixture.AS_STORED)),
        CsvExportFiles.unzip(f.zip));
  }

  @Test
  void withoutBallotsAndTalliesTheRestIsImported() throws IOException {
    ObjectNode document = document();
    document.remove("ballots");
    document.remove("tallies");

    ImportSummary summary = load(document);

    assertThat(summary.rows(ExportTable.CONTRIBUTIONS)).isEqualTo(6);
    assertThat(summary.rows(ExportTable.BALLOTS)).isZero();
  }

  @Test
  void anInvalidElementIsNamedByItsSectionAndIndex() throws IOException {
    ObjectNode document = document();
    ((ObjectNode) document.withArray("contributions").get(2)).put("reference", "quarante-deux");
    EngineSnapshot before = EngineSnapshot.of(f.target);

    InvalidInputException e = Failures.thrown(InvalidInputException.class, () -> load(document));

    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.code()).isEqualTo("import.json");
    assertThat(v.path()).isEqualTo("contributions[2]");
    assertThat(v.message()).startsWith("contributions[2], ligne ").contains("reference");
    assertThat(EngineSnapshot.of(f.target)).isEqualTo(before);
  }

  @Test
  void aReferenceToNothingIsNamedByItsElement() throws IOException {
    ObjectNode document = document();
    ArrayNode comments = document.withArray("comments");
    ((ObjectNode) comments.get(0)).put("contributionId", "01234567-89ab-7def-8123-456789abcdef");

    InvalidInputException e = Failures.thrown(InvalidInputException.class, () -> load(document));

    assertThat(e.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("import.reference comments[0]");
  }

  @Test
  void somethingElseThanOurDocumentIsRefused() throws IOException {
    ObjectNode other = document();
    other.put("format", "autre");
    InvalidInputException format = Failures.thrown(InvalidInputException.class, () -> load(other));
    assertThat(format.violations()).extracting(Violation::code).containsExactly("import.json");

    InvalidInputException notJson =
        Failures.thrown(
            InvalidInputException.class,
            () -> load("{\"format\": \"openconsultation\", ".getBytes(StandardCharsets.UTF_8)));
    assertThat(notJson.violations()).extracting(Violation::code).containsExactly("import.json");
  }
}
