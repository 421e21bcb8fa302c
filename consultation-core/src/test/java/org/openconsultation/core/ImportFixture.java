package org.openconsultation.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * The package of a {@link RoundTripScene} exported with stored identifiers, and a fresh world with
 * an empty copy of its consultation to import it into; helpers to edit the package's files.
 */
final class ImportFixture {

  static final ExportOptions AS_STORED =
      ExportOptions.defaults().withPseudonyms(Pseudonyms.asStored());

  final RoundTripScene source = new RoundTripScene(new TestWorld());
  final byte[] zip =
      CsvExportFiles.openDataPackage(source.w, source.w.organiser, source.c, AS_STORED);
  final TestWorld target = new TestWorld();
  final ConsultationId copy = RoundTripScene.consultation(target);

  /** The package's entries, editable. */
  Map<String, byte[]> entries() {
    return new LinkedHashMap<>(CsvExportFiles.unzip(zip));
  }

  /** The text of one file of the package. */
  String file(String name) {
    return new String(entries().get(name), StandardCharsets.UTF_8);
  }

  /** The package with one file replaced. */
  byte[] with(String name, String text) {
    Map<String, byte[]> entries = entries();
    entries.put(name, text.getBytes(StandardCharsets.UTF_8));
    return CsvExportFiles.zip(entries);
  }

  /** Imports a package into the copy. */
  ImportSummary load(Actor actor, byte[] pkg) {
    return target.engine.imports().openDataPackage(actor, copy, new ByteArrayInputStream(pkg));
  }

  /** Imports a package into the copy as its organiser. */
  ImportSummary load(byte[] pkg) {
    return load(target.organiser, pkg);
  }

  /** The line, from 1, on which {@code text} starts within {@code file}. */
  static long lineOf(String file, String text) {
    int at = file.indexOf(text);
    if (at < 0) {
      throw new AssertionError("not found: " + text);
    }
    // Physical lines, as a CSV reader counts them: CRLF and a lone LF each end one.
    return file.substring(0, at).replace("\r\n", "\n").chars().filter(c -> c == '\n').count() + 1;
  }
}
