package org.openconsultation.examples.lab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** One in-process run of the lab: its exit code and what it printed. */
record LabRun(int exitCode, String out, String err) {

  static final Path POLIS =
      Path.of(
          "..", "consultation-core", "src", "test", "resources", "polis", "15-per-hour-seattle");

  /** Runs the lab with {@code args}, as {@code java -jar ranking-lab.jar args} would. */
  static LabRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine lab = RankingLab.commandLine();
    lab.setOut(new PrintWriter(out, true));
    lab.setErr(new PrintWriter(err, true));
    int exitCode = lab.execute(args);
    return new LabRun(exitCode, out.toString(), err.toString());
  }

  /** The rows of a CSV file with a header, as column-to-value maps. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  /** Parses an XML document, refusing DTDs. */
  static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
