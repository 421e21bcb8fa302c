package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.json.OpenConsultationModule;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/**
 * Reads the JSON document of an export back, streaming: one pass checks its {@code format} and
 * {@code version} and finds its sections, then one pass per table reads that table's array one
 * element at a time (the others are skipped unread), in the order tables depend on each other
 * whatever the order of the document. The {@code consultation} section is not read: the import goes
 * into an existing consultation. Stops after the first section with a problem.
 */
final class ImportJsonDocument {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new OpenConsultationModule()).build();

  private static final Map<ExportTable, Class<?>> TYPES = new EnumMap<>(ExportTable.class);

  static {
    TYPES.put(ExportTable.THEMES, Theme.class);
    TYPES.put(ExportTable.WORKSHOPS, Workshop.class);
    TYPES.put(ExportTable.CONTRIBUTIONS, Contribution.class);
    TYPES.put(ExportTable.REVISIONS, Revision.class);
    TYPES.put(ExportTable.COMMENTS, Comment.class);
    TYPES.put(ExportTable.BALLOTS, BallotRecord.class);
    TYPES.put(ExportTable.TALLIES, Tally.class);
  }

  private static final Set<ExportTable> REQUIRED =
      EnumSet.of(
          ExportTable.THEMES,
          ExportTable.WORKSHOPS,
          ExportTable.CONTRIBUTIONS,
          ExportTable.REVISIONS,
          ExportTable.COMMENTS);

  private ImportJsonDocument() {}

  static void read(Path document, ImportWriter writer, ImportProblems problems) {
    try {
      Set<ExportTable> present = sections(document, problems);
      for (ExportTable table : REQUIRED) {
        if (!problems.any() && !present.contains(table)) {
          problems.add(
              ImportOrigin.file(table.fileStem()),
              null,
              "import.file",
              "import.file.missing",
              table.fileStem());
        }
      }
      for (ExportTable table : Tables.ORDER) {
        if (problems.any()) {
          return;
        }
        if (present.contains(table)) {
          writer.begin(table, ImportOrigin.file(table.fileStem()));
          section(document, table, writer, problems);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(
          ImportOrigin.file("json"),
          null,
          "import.json",
          "import.json.invalid",
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the format and version; returns the tables whose arrays the document holds. */
  private static Set<ExportTable> sections(Path document, ImportProblems problems)
      throws IOException {
    Set<ExportTable> present = EnumSet.noneOf(ExportTable.class);
    @Nullable String format = null;
    int version = 0;
    try (JsonParser parser = MAPPER.createParser(document.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        problems.add(ImportOrigin.file("json"), null, "import.json", "import.json.format");
        return present;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("format") && value == JsonToken.VALUE_STRING) {
          format = parser.getText();
        } else if (name.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
          version = parser.getIntValue();
        } else if (value == JsonToken.START_ARRAY) {
          for (ExportTable table : TYPES.keySet()) {
            if (table.fileStem().equals(name)) {
              present.add(table);
            }
          }
        }
        parser.skipChildren();
      }
    }
    if (!JsonExport.FORMAT.equals(format) || version != JsonExport.VERSION) {
      problems.add(ImportOrigin.file("json"), null, "import.json", "import.json.format");
    }
    return present;
  }

  /** Reads the array of {@code table}, one element at a time. */
  private static void section(
      Path document, ExportTable table, ImportWriter writer, ImportProblems problems)
      throws IOException {
    String name = table.fileStem();
    Class<?> type = TYPES.get(table);
    try (JsonParser parser = MAPPER.createParser(document.toFile())) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!field.equals(name) || value != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          ImportOrigin origin =
              ImportOrigin.element(name, index++, parser.currentTokenLocation().getLineNr());
          Object record;
          try {
            record = MAPPER.readValue(parser, type);
          } catch (JsonProcessingException e) {
            problems.add(origin, null, "import.json", "import.json.element", describe(e));
            return;
          }
          writer.accept(table, ImportRecords.into(writer.consultation(), record), origin);
        }
        return;
      }
    }
  }

  /** The message of a failure, with the property it names. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return m.getPathReference() + ": " + message;
    }
    return message;
  }
}
