package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.bulk.RowError;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * {@code docs/publishing/xlsx-and-bulk-import.md} shows what the code produces: the template, the
 * report of its sample file with bad rows, the key figures of a sample workbook, and the snippets.
 */
class WorkshopBulkImportGuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "publishing", "xlsx-and-bulk-import.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/openconsultation/core/WorkshopBulkImportGuideTest.java");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TestWorld w = new TestWorld();

  @Test
  void theGuideShowsTheTemplateAsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.engine.workshops().writeWorkshopTemplate(Locale.FRENCH, out);
    byte[] template = out.toByteArray();
    String text = new String(template, 3, template.length - 3, StandardCharsets.UTF_8);

    assertThat(block(guide(), "csv template")).isEqualTo(text.replace("\r\n", "\n"));
  }

  @Test
  void theGuideShowsTheReportOfItsSampleFile() throws IOException {
    ConsultationId c = w.open();
    w.theme(c, "Mobilité");
    w.theme(c, "Espaces publics");
    w.register(w.facilitator, c);
    Actor facilitator = w.facilitator;
    InputStream csv =
        new ByteArrayInputStream(block(guide(), "csv sample").getBytes(StandardCharsets.UTF_8));

    List<String> shown = new ArrayList<>();
    // import:begin
    BulkImportReport report = w.engine.workshops().importWorkshops(facilitator, c, csv);
    if (report instanceof BulkImportReport.Rejected rejected) {
      for (RowError e : rejected.errors()) {
        shown.add("line " + e.line() + ", " + e.column() + ": " + e.message());
      }
    }
    // import:end

    assertThat(report).isInstanceOf(BulkImportReport.Rejected.class);
    StringBuilder table = new StringBuilder("| line | column | code | message |\n");
    table.append("| --- | --- | --- | --- |\n");
    for (RowError e : ((BulkImportReport.Rejected) report).errors()) {
      table.append(
          String.format(
              "| %d | %s | `%s` | %s |%n",
              e.line(), e.column() == null ? "" : e.column(), e.code(), e.message()));
    }
    assertThat(guide()).contains(table.toString());
    assertThat(shown).hasSameSizeAs(((BulkImportReport.Rejected) report).errors());
    assertThat(w.engine.workshops().list(w.organiser, c)).isEmpty();
  }

  @Test
  void theGuideShowsTheKeyFiguresOfTheSampleWorkbook() throws IOException {
    Scene s = new Scene(w);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // xlsx:begin
    s.engine.exports().xlsx(Actor.visitor(), s.c, out, ExportOptions.defaults());
    // xlsx:end

    XlsxBook book = new XlsxBook(out.toByteArray());
    List<Row> rows = book.rows("Synthèse");
    int width = rows.stream().mapToInt(Row::getCellCount).max().orElse(0);
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        Cell cell = rows.get(i).getOptionalCell(c).orElse(null);
        cells.add(cell == null ? "" : shown(cell));
      }
      table.append("| ").append(String.join(" | ", cells)).append(" |\n");
      if (i == 0) {
        table.append("|").append(" --- |".repeat(width)).append("\n");
      }
    }
    assertThat(guide()).contains(table.toString());
    assertThat(guide()).contains("`" + String.join("`, `", book.sheetNames()) + "`");
  }

  @Test
  void theGuideQuotesTheSnippetsVerbatim() throws IOException {
    assertThat(guide()).contains("```java\n" + snippet("import") + "\n```");
    assertThat(guide()).contains("```java\n" + snippet("xlsx") + "\n```");
  }

  private static String shown(Cell cell) {
    if (cell.getType() == CellType.NUMBER
        && cell.getDataFormatString() != null
        && cell.getDataFormatString().contains("yy")) {
      return cell.asDate().format(MINUTES);
    }
    return cell.getText();
  }

  private static String guide() throws IOException {
    return Files.readString(GUIDE);
  }

  /** The fenced block whose info string is {@code info}. */
  private static String block(String guide, String info) {
    Matcher m = Pattern.compile("```" + info + "\n(.*?)```", Pattern.DOTALL).matcher(guide);
    assertThat(m.find()).as(info).isTrue();
    return m.group(1);
  }

  private static String snippet(String marker) throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// " + marker + ":begin")) {
        begin = i;
      } else if (lines.get(i).strip().equals("// " + marker + ":end")) {
        end = i;
      }
    }
    assertThat(end).as(marker).isGreaterThan(begin).isPositive();
    List<String> body = lines.subList(begin + 1, end);
    int indent =
        body.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
        "\n", body.stream().map(l -> l.substring(Math.min(indent, l.length()))).toList());
  }
}
