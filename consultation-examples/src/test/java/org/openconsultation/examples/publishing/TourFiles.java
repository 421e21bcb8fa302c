package org.openconsultation.examples.publishing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads what the tour wrote with readers independent of the engine: Jackson CSV for CSV, {@code
 * java.util.zip} for the package and the workbook, the JDK's XML parser for the workbook's parts.
 */
final class TourFiles {

  /** The byte-order mark the spreadsheet format starts with. */
  static final String BOM = "\uFEFF";

  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private TourFiles() {}

  /** Every record of a CSV text, the header first, separated by {@code separator}. */
  static List<String[]> readCsv(String text, char separator) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (MappingIterator<String[]> rows =
        CSV.readerFor(String[].class).with(schema).readValues(text)) {
      return rows.readAll();
    }
  }

  /** The records as Jackson CSV writes them by default, with CRLF line ends (as the exports). */
  static String writeCsv(List<String[]> rows, char separator) throws IOException {
    CsvSchema schema =
        CsvSchema.emptySchema()
            .withoutHeader()
            .withColumnSeparator(separator)
            .withLineSeparator("\r\n");
    StringWriter out = new StringWriter();
    try (SequenceWriter csv =
        new CsvMapper().writerFor(String[].class).with(schema).writeValues(out)) {
      for (String[] row : rows) {
        csv.write(row);
      }
    }
    return out.toString();
  }

  /** A text file of the tour, UTF-8. */
  static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The entries of a ZIP file, by name, in the order of its central directory. */
  static Map<String, byte[]> zip(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** An XML document parsed with namespaces, without fetching anything. */
  static Document xml(byte[] bytes) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** A sheet of a workbook: its name, the part that holds it, its rows. */
  record Sheet(String name, String part, int rows) {}

  /** The sheets of an XLSX workbook, in tab order. */
  static List<Sheet> sheets(Map<String, byte[]> workbook) throws IOException {
    Map<String, String> targets = new LinkedHashMap<>();
    NodeList rels =
        xml(workbook.get("xl/_rels/workbook.xml.rels")).getElementsByTagNameNS("*", "Relationship");
    for (int i = 0; i < rels.getLength(); i++) {
      Element rel = (Element) rels.item(i);
      targets.put(rel.getAttribute("Id"), "xl/" + rel.getAttribute("Target"));
    }
    List<Sheet> sheets = new ArrayList<>();
    NodeList list = xml(workbook.get("xl/workbook.xml")).getElementsByTagNameNS("*", "sheet");
    for (int i = 0; i < list.getLength(); i++) {
      Element sheet = (Element) list.item(i);
      String id =
          sheet.getAttributeNS(
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      String part = targets.get(id);
      byte[] bytes = workbook.get(part);
      int rows = bytes == null ? -1 : xml(bytes).getElementsByTagNameNS("*", "row").getLength();
      sheets.add(new Sheet(sheet.getAttribute("name"), part, rows));
    }
    return sheets;
  }
}
