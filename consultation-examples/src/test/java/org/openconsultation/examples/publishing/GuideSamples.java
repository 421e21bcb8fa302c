package org.openconsultation.examples.publishing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.openconsultation.examples.publishing.GuideDocument.Sample;

/**
 * The samples of the publishing guide, taken from the files the tour wrote. Long texts are cut with
 * an explicit "…"; everything else is shown as written (CSV and JSON are read and written again
 * with Jackson, and checked to come out byte for byte as the export wrote them).
 */
final class GuideSamples {

  /** Where a sample was cut. */
  static final String CUT = "…";

  /** The longest body or description shown whole. */
  private static final int LONGEST_TEXT = 60;

  /** The longest line of a report excerpt shown whole. */
  private static final int LONGEST_LINE = 160;

  private static final Set<String> TEXTS = Set.of("body", "description");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path tour;
  private final Map<String, Sample> samples = new LinkedHashMap<>();

  private GuideSamples(Path tour) {
    this.tour = tour;
  }

  /**
   * The samples of the guide, by name.
   *
   * @param tour the directory the tour wrote into
   * @param output the lines the tour printed
   */
  static Map<String, Sample> of(Path tour, List<String> output) throws IOException {
    GuideSamples s = new GuideSamples(tour);
    s.add("tour-output", "text", String.join("\n", output));
    s.readers();
    s.csv();
    s.add("xlsx-sheets", "text", s.sheets());
    s.json();
    s.add("open-data-entries", "text", String.join("\n", s.zip("open-data.zip").keySet()));
    s.add("datapackage.json", "json", s.datapackage());
    s.add("restore", "text", s.file("restore.txt"));
    s.add("ateliers.csv", "csv", s.file("ateliers.csv"));
    s.add("workshop-import", "text", s.file("ateliers-import.txt"));
    s.add("permalinks", "text", s.file("permalinks.txt"));
    s.add("synthesis", "markdown", excerpt(s.file("synthesis.md"), secondLineStarting("#### ")));
    s.add("homepage", "text", s.file("homepage.txt"));
    s.add("digest", "text", excerpt(s.file("digest.txt"), l -> l.equals("Les plus débattues")));
    s.add("dashboard-themes", "", s.file("dashboard-themes.html"));
    s.add("dashboard-top", "", s.file("dashboard-top.html"));
    return s.samples;
  }

  /** The rows of each table in the public and the organiser's JSON documents, by status. */
  private void readers() throws IOException {
    JsonNode visitor = JSON.readTree(tour.resolve("public.json").toFile());
    JsonNode organiser = JSON.readTree(tour.resolve("consultation.json").toFile());
    StringBuilder table =
        new StringBuilder("| table | visitor | organiser | organiser's, by status |\n");
    table.append("|---|---:|---:|---|");
    for (String name : List.of("themes", "contributions", "revisions", "workshops", "comments")) {
      Map<String, Integer> statuses = new TreeMap<>();
      organiser.path(name).forEach(r -> statuses.merge(r.path("status").asText(), 1, Integer::sum));
      statuses.remove("");
      table.append("\n| ").append(name).append(" | ").append(visitor.path(name).size());
      table.append(" | ").append(organiser.path(name).size()).append(" | ");
      List<String> counts = new ArrayList<>();
      statuses.forEach((status, rows) -> counts.add(rows + " " + status));
      table.append(String.join(", ", counts)).append(" |");
    }
    add("readers", "", table.toString());
  }

  /** One contribution of each kind, the spreadsheet format, a neutralised cell. */
  private void csv() throws IOException {
    List<String[]> rows = csvRows("contributions.csv", ',');
    int kind = Arrays.asList(rows.get(0)).indexOf("kind");
    List<String[]> shown = new ArrayList<>(List.<String[]>of(rows.get(0)));
    for (String k : List.of("individual", "collective", "institutional")) {
      rows.stream().filter(r -> r[kind].equals(k)).findFirst().ifPresent(shown::add);
    }
    add("contributions.csv", "csv", csv(shown, ','));
    List<String[]> excel = csvRows("contributions-excel.csv", ';');
    add("contributions-excel.csv", "csv", csv(excel.subList(0, 2), ';'));
    List<String[]> comments = csvRows("comments.csv", ',');
    int body = Arrays.asList(comments.get(0)).indexOf("body");
    List<String[]> neutralised = new ArrayList<>(List.<String[]>of(comments.get(0)));
    comments.stream()
        .skip(1)
        .filter(r -> r[body].startsWith("'"))
        .findFirst()
        .ifPresent(neutralised::add);
    add("neutralised", "csv", csv(neutralised, ','));
  }

  /** The JSON document's outline, a JSON Lines record and a GeoJSON feature. */
  private void json() throws IOException {
    JsonNode document = JSON.readTree(tour.resolve("consultation.json").toFile());
    StringBuilder outline = new StringBuilder("{");
    for (Map.Entry<String, JsonNode> e : document.properties()) {
      outline.append(outline.length() > 1 ? ",\n  " : "\n  ");
      outline.append(JSON.valueToTree(e.getKey()).toString()).append(": ");
      JsonNode v = e.getValue();
      if (v.isArray()) {
        outline.append("[ ").append(v.size()).append(" records ]");
      } else if (v.isObject()) {
        outline.append("{\"id\":").append(v.get("id")).append(",\"slug\":");
        outline.append(v.get("slug")).append(", ").append(CUT).append("}");
      } else {
        outline.append(v);
      }
    }
    add("document", "text", outline.append("\n}").toString());
    String line = file("contributions.jsonl").lines().findFirst().orElseThrow();
    JsonNode record = JSON.readTree(line);
    if (!JSON.writeValueAsString(record).equals(line)) {
      throw new IllegalStateException("Jackson does not write JSON Lines as the export does");
    }
    add("contributions.jsonl", "json", JSON.writeValueAsString(cutTexts(record)));
    JsonNode feature = JSON.readTree(tour.resolve("contributions.geojson").toFile());
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    add(
        "geojson-feature",
        "json",
        JSON.writer(pretty).writeValueAsString(cutTexts(feature.path("features").get(0))));
  }

  /** The sheets of the workbook with their rows. */
  private String sheets() throws IOException {
    List<String> lines = new ArrayList<>();
    for (TourFiles.Sheet sheet : TourFiles.sheets(zip("consultation.xlsx"))) {
      lines.add(sheet.name() + " (" + sheet.rows() + " rows)");
    }
    return String.join("\n", lines);
  }

  /** The top of the package's descriptor, up to the first resource's schema. */
  private String datapackage() throws IOException {
    String json = new String(zip("open-data.zip").get("datapackage.json"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : json.lines().toList()) {
      if (line.strip().startsWith("\"schema\"")) {
        lines.add(line.substring(0, line.indexOf('"')) + CUT);
        break;
      }
      lines.add(cut(line, LONGEST_LINE));
    }
    return String.join("\n", lines);
  }

  /** The lines of {@code text} before the first that {@code stop} accepts, then "…". */
  private static String excerpt(String text, Predicate<String> stop) {
    List<String> lines = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (stop.test(line)) {
        lines.add(CUT);
        break;
      }
      lines.add(cut(line, LONGEST_LINE));
    }
    while (lines.size() > 1 && lines.get(lines.size() - 2).isBlank()) {
      lines.remove(lines.size() - 2);
    }
    return String.join("\n", lines);
  }

  /** Accepts the second line that starts with {@code prefix}. */
  private static Predicate<String> secondLineStarting(String prefix) {
    int[] seen = {0};
    return line -> line.startsWith(prefix) && ++seen[0] == 2;
  }

  /** {@code text} cut at its first line break or after {@code max} characters, with "…". */
  static String cut(String text, int max) {
    int end = text.indexOf('\n');
    if (end < 0 && text.length() <= max) {
      return text;
    }
    end = end < 0 ? max : Math.min(end, max);
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + CUT;
  }

  private JsonNode cutTexts(JsonNode node) {
    JsonNode copy = node.deepCopy();
    cutTextsIn(copy);
    return copy;
  }

  private static void cutTextsIn(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = object.get(name);
        if (TEXTS.contains(name) && v.isTextual()) {
          object.put(name, cut(v.asText(), LONGEST_TEXT));
        } else {
          cutTextsIn(v);
        }
      }
    } else if (node.isArray()) {
      node.forEach(GuideSamples::cutTextsIn);
    }
  }

  private List<String[]> csvRows(String file, char separator) throws IOException {
    String text = TourFiles.text(tour.resolve(file));
    if (text.startsWith(TourFiles.BOM)) {
      text = text.substring(1);
    }
    List<String[]> rows = TourFiles.readCsv(text, separator);
    if (!TourFiles.writeCsv(rows, separator).equals(text)) {
      throw new IllegalStateException("Jackson CSV does not write " + file + " as the export does");
    }
    return rows;
  }

  /** The rows as the export writes them, long bodies and descriptions cut, LF line ends. */
  private static String csv(List<String[]> rows, char separator) throws IOException {
    String[] header = rows.get(0);
    List<String[]> cut = new ArrayList<>();
    for (String[] row : rows) {
      String[] copy = row.clone();
      for (int i = 0; i < copy.length; i++) {
        if (row != header && TEXTS.contains(header[i])) {
          copy[i] = cut(copy[i], LONGEST_TEXT);
        }
      }
      cut.add(copy);
    }
    return TourFiles.writeCsv(cut, separator).replace("\r\n", "\n").stripTrailing();
  }

  private String file(String name) throws IOException {
    return TourFiles.text(tour.resolve(name)).stripTrailing();
  }

  private Map<String, byte[]> zip(String name) throws IOException {
    return TourFiles.zip(tour.resolve(name));
  }

  private void add(String name, String language, String body) {
    if (samples.put(name, new Sample(language, body)) != null) {
      throw new IllegalStateException("two samples named " + name);
    }
  }
}
