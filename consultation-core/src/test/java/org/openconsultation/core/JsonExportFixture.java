package org.openconsultation.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.json.OpenConsultationModule;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/** Runs the JSON, JSON Lines and GeoJSON exports of an engine into strings and parses them. */
final class JsonExportFixture {

  /** A bare mapper with the model's module, as a host would have. */
  static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new OpenConsultationModule());

  /** The same pseudonyms for every export made with them. */
  static final ExportOptions KEYED =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.keyed(new byte[32]));

  private final ConsultationEngine engine;

  JsonExportFixture(ConsultationEngine engine) {
    this.engine = engine;
  }

  String json(Actor actor, ConsultationId c, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().json(actor, c, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  JsonNode document(Actor actor, ConsultationId c, ExportOptions options) {
    return parse(json(actor, c, options));
  }

  String jsonLines(Actor actor, ConsultationId c, ExportTable table, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().jsonLines(actor, c, table, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The lines of a JSON Lines export, each parsed; every line must end with a line feed. */
  List<JsonNode> lines(Actor actor, ConsultationId c, ExportTable table, ExportOptions options) {
    String text = jsonLines(actor, c, table, options);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new AssertionError("the last line has no line feed: " + text);
    }
    List<JsonNode> rows = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        rows.add(parse(line));
      }
    }
    return rows;
  }

  JsonNode geoJson(Actor actor, ConsultationId c, MapLayer layer, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.exports().geoJson(actor, c, layer, out, options);
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  /** The elements of an array of the document, each read back as a model record. */
  static <T> List<T> records(JsonNode array, Class<T> type) {
    List<T> records = new ArrayList<>();
    array.forEach(node -> records.add(read(node, type)));
    return records;
  }

  static <T> T read(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
