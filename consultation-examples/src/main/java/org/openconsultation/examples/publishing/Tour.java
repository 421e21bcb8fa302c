package org.openconsultation.examples.publishing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.ExportSummary;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.examples.seed.DemoConsultation;

/** What every step of the tour shares: the seeded engine, the options, where to write. */
final class Tour {

  final ConsultationEngine engine;
  final DemoConsultation demo;
  final PermalinkTemplate permalinks;
  final ConsultationId consultation;
  final Actor organiser;
  final Actor visitor = Actor.visitor();
  final ExportOptions options;
  final Path dir;
  private final Consumer<String> report;

  Tour(
      ConsultationEngine engine,
      DemoConsultation demo,
      PermalinkTemplate permalinks,
      ExportOptions options,
      Path dir,
      Consumer<String> report) {
    this.engine = engine;
    this.demo = demo;
    this.permalinks = permalinks;
    this.consultation = demo.id();
    this.organiser = demo.organiser().actor();
    this.options = options;
    this.dir = dir;
    this.report = report;
  }

  /** Tells that {@code file} was written, with the rows of each table it holds. */
  void wrote(String file, ExportSummary summary) {
    report.accept(
        file
            + ": "
            + Arrays.stream(ExportTable.values())
                .filter(summary.rows()::containsKey)
                .map(t -> summary.rows(t) + " " + t.fileStem())
                .collect(Collectors.joining(", ")));
  }

  /** Tells that {@code file} was written. */
  void wrote(String file) {
    report.accept(file);
  }

  /** Tells something else the tour found. */
  void tell(String line) {
    report.accept(line);
  }
}
