package org.openconsultation.core;

import java.io.InputStream;
import org.openconsultation.core.export.ImportSummary;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;

/**
 * Loads a consultation's own export back (a backup, a restore, a move between hosts): the open-data
 * package or the JSON document of {@link Exports}, read into an existing consultation the host has
 * created. Exporting the restored consultation gives the same files again.
 *
 * <p>What every import promises:
 *
 * <ul>
 *   <li>It needs the {@code MANAGE_DATA} permission (organisers, by default) and an empty target:
 *       no theme, no contribution, no workshop ({@code ConflictException} with code {@code
 *       import.not-empty} otherwise). It does not check the phase: a closed or archived
 *       consultation can be restored.
 *   <li>It keeps identifiers, references ({@code C-42}) and revision numbers, and moves the
 *       consultation's reference counter past the highest reference loaded, so that the next
 *       contribution gets the next number.
 *   <li>It registers every participant the data names, unless registered already: named by the
 *       identifier or pseudonym found in the files, a person (an organisation if it authored an
 *       institutional contribution), under the consultation's current terms, registered at their
 *       first activity found.
 *   <li>Ballots are cast through the ballot store, so tallies follow from them; a tallies table,
 *       when present, is checked against them.
 *   <li>It is all or nothing, in one transaction: any problem leaves the consultation as it was and
 *       throws {@code InvalidInputException} whose violations name the file, the line and the
 *       column ({@code contributions.csv:12:theme_id}) or the JSON element ({@code
 *       contributions[11]}), with a message in the actor's language; at most 100 are reported.
 *   <li>It reads the input to its end without closing it. The input is first copied to a temporary
 *       file (deleted afterwards), so that memory stays small whatever the size and a transaction a
 *       store runs again reads the input again.
 * </ul>
 *
 * <p>The consultation itself (title, schedule, settings), news, milestones, moderation decisions
 * and reports are not part of these exports and are not imported.
 */
public interface Imports {

  /**
   * Loads an open-data package written by {@link Exports#openDataPackage}: a ZIP holding {@code
   * themes.csv}, {@code workshops.csv}, {@code contributions.csv}, {@code revisions.csv} and {@code
   * comments.csv}, and optionally {@code ballots.csv} and {@code tallies.csv}, in any order. The
   * CSV files may be in either {@link org.openconsultation.core.export.CsvFormat}; cells
   * neutralised against formulas get their text back; a computed column such as {@code link} may be
   * left out.
   *
   * @param actor who loads the data; needs {@code MANAGE_DATA}
   * @param consultation the empty consultation to load into
   * @param zip the package
   * @return the rows read per table and the participants registered
   */
  ImportSummary openDataPackage(Actor actor, ConsultationId consultation, InputStream zip);

  /**
   * Loads the JSON document written by {@link Exports#json}: {@code {"format":"openconsultation",
   * "version":1, …}} whose arrays hold the records as {@link
   * org.openconsultation.core.json.OpenConsultationModule} writes them. The {@code consultation}
   * object is not read; the arrays may come in any order; {@code ballots} and {@code tallies} may
   * be absent.
   *
   * @param actor who loads the data; needs {@code MANAGE_DATA}
   * @param consultation the empty consultation to load into
   * @param document the JSON document, UTF-8
   * @return the rows read per table and the participants registered
   */
  ImportSummary json(Actor actor, ConsultationId consultation, InputStream document);
}
