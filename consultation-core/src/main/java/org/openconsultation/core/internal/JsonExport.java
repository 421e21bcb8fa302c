package org.openconsultation.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.json.OpenConsultationModule;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.PhaseException;

/**
 * Writes JSON Lines and the JSON document, streaming: one record at a time goes from the store to
 * the generator, whose buffer is the only one.
 *
 * <p>The document is one object: {@code
 * {"format":"openconsultation","version":1,"consultation":{…},"themes":[…],"contributions":[…],
 * "revisions":[…],"workshops":[…],"comments":[…],"ballots":[…],"tallies":[…]}}, each array holding
 * the records as {@link OpenConsultationModule} writes them, in the order of {@link JsonTables};
 * {@code ballots} and {@code tallies} are absent while results are hidden from the actor. A JSON
 * Lines file holds the rows of one of these arrays, one per line.
 */
final class JsonExport {

  /** The name in the document's {@code format} property. */
  static final String FORMAT = "openconsultation";

  /** The layout's version, in the document's {@code version} property. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .rootValueSeparator((String) null)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  /** Writes model records; never closes nor flushes the caller's stream on its own. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .addModule(new OpenConsultationModule())
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();

  private JsonExport() {}

  /** One table, one record per line; ballots and tallies refused while results are hidden. */
  static ExportSummary lines(
      EngineContext context,
      ExportScope scope,
      ExportTable table,
      OutputStream out,
      ExportOptions options) {
    JsonTables tables = new JsonTables(context, scope);
    if (!tables.exported(table)) {
      Consultation c = scope.consultation();
      throw new PhaseException(
          "results-hidden", c.phaseAt(context.now()), Messages.get(c.locale(), "results-hidden"));
    }
    try {
      JsonGenerator gen = generator(out);
      long rows =
          tables.forEach(
              table,
              options.progress(),
              row -> {
                MAPPER.writeValue(gen, row);
                gen.writeRaw('\n');
              });
      gen.close();
      return ExportSummary.of(table, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole consultation as one document. */
  static ExportSummary document(
      EngineContext context, ExportScope scope, OutputStream out, ExportOptions options) {
    JsonTables tables = new JsonTables(context, scope);
    Map<ExportTable, Long> rows = new EnumMap<>(ExportTable.class);
    try {
      JsonGenerator gen = generator(out);
      gen.writeStartObject();
      gen.writeStringField("format", FORMAT);
      gen.writeNumberField("version", VERSION);
      gen.writeFieldName("consultation");
      MAPPER.writeValue(gen, tables.consultation());
      for (ExportTable table : ExportTable.values()) {
        if (tables.exported(table)) {
          gen.writeArrayFieldStart(table.fileStem());
          rows.put(
              table, tables.forEach(table, options.progress(), row -> MAPPER.writeValue(gen, row)));
          gen.writeEndArray();
        }
      }
      gen.writeEndObject();
      gen.writeRaw('\n');
      gen.close();
      return new ExportSummary(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A UTF-8 generator on the caller's stream: closing it flushes the stream without closing it, and
   * never completes a document left unfinished by a failure.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    return MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
  }
}
