package org.openconsultation.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.openconsultation.core.bulk.BulkImportReport;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.UpdateWorkshop;
import org.openconsultation.core.export.CsvFormat;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/** Physical workshops and their collective contributions. */
public interface Workshops {

  /** Records a workshop (facilitators and organisers; any phase but archived). */
  Workshop record(Actor actor, RecordWorkshop command);

  /** Changes a workshop (its organiser or facilitators, or an organiser). */
  Workshop update(Actor actor, UpdateWorkshop command);

  /** A workshop. */
  Workshop get(Actor actor, ConsultationId consultation, WorkshopId id);

  /** The workshops, by date. */
  List<Workshop> list(Actor actor, ConsultationId consultation);

  /** The workshop's published collective contributions, by reference. */
  List<Contribution> contributions(Actor actor, ConsultationId consultation, WorkshopId id);

  /**
   * Records many workshops at once from a CSV file filled in from {@link #writeWorkshopTemplate}:
   * one workshop per row, each optionally with its collective contribution. All or nothing: if any
   * row is bad, nothing is recorded and the report lists every problem (line as a spreadsheet shows
   * it, column, code and message in the actor's locale); otherwise every row is recorded in one
   * transaction, with the domain events {@link #record} and {@code
   * contributions().submitCollective} announce.
   *
   * <p>The file is UTF-8 (a byte-order mark is skipped), separated by {@code ;} or {@code ,} (the
   * header row decides), with a header row naming the template's columns in French or English (in
   * any order, ignoring case and accents). Each row is checked as {@link RecordWorkshop} and {@code
   * SubmitCollectiveContribution} are, plus: dates, times, numbers and time zones that cannot be
   * read, themes that match no theme of the consultation (by title or id; several themes are
   * separated by {@code |}), a workshop given twice in the file or already recorded (same title,
   * local date and time, and place name). A row with a contribution needs the consultation to be
   * open and the actor registered and allowed to submit collective contributions. The actor becomes
   * each workshop's organiser; a blank time zone means the consultation's; a blank contribution
   * theme means the workshop's first theme. At most 2,000 rows per file.
   *
   * @param csv the file; read to its end, never closed
   * @return the workshops and contributions recorded, or every problem found
   * @throws org.openconsultation.core.model.ForbiddenException unless the actor may record
   *     workshops (facilitators and organisers) and the consultation has the workshops feature
   * @throws org.openconsultation.core.model.PhaseException if the consultation is archived
   * @throws org.openconsultation.core.model.NotFoundException if the consultation is not found
   */
  BulkImportReport importWorkshops(Actor actor, ConsultationId consultation, InputStream csv);

  /**
   * Writes the blank template of {@link #importWorkshops} for spreadsheet programs: UTF-8 with a
   * byte-order mark, {@code ;} as separator, the header row in {@code locale}'s language (French or
   * English) and one example row in French. Flushes {@code out} and leaves it open.
   */
  default void writeWorkshopTemplate(Locale locale, OutputStream out) {
    writeWorkshopTemplate(locale, CsvFormat.SPREADSHEET, out);
  }

  /**
   * Writes the blank template in the given CSV format; with {@link CsvFormat#RFC_4180} the
   * example's decimal numbers use a point rather than a comma.
   */
  void writeWorkshopTemplate(Locale locale, CsvFormat format, OutputStream out);
}
