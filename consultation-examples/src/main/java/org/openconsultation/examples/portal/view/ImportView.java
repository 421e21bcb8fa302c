package org.openconsultation.examples.portal.view;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.bulk.RowError;

/**
 * The workshop import page: the template to download, the upload form and, after an upload, either
 * the workshops recorded or every problem found (nothing recorded then).
 *
 * @param template where to download the blank template
 * @param templateName the template's file name
 * @param fileName the name of the file just uploaded, if any
 * @param fileError why the upload was not read (no file chosen), if it was not
 * @param imported the workshops recorded from it, in the file's order
 * @param errors every problem found in it, by line then column
 */
public record ImportView(
    String template,
    String templateName,
    @Nullable String fileName,
    @Nullable String fileError,
    List<ImportedRow> imported,
    List<RowError> errors) {

  /** Copies the lists. */
  public ImportView {
    imported = List.copyOf(imported);
    errors = List.copyOf(errors);
  }

  /** Whether a file was uploaded and refused. */
  public boolean refused() {
    return !errors.isEmpty();
  }

  /** Whether a file was uploaded and recorded. */
  public boolean done() {
    return fileName != null && fileError == null && errors.isEmpty();
  }

  /**
   * A workshop recorded by the import.
   *
   * @param title the workshop's title
   * @param href its page
   * @param heldAt when it was held, local time at its place
   * @param place its place's name
   * @param territory its territory code
   * @param attendees how many attended
   * @param contribution the reference of its collective contribution, if the row had one
   * @param contributionHref that contribution's permalink, if any
   */
  public record ImportedRow(
      String title,
      String href,
      LocalDateTime heldAt,
      String place,
      String territory,
      int attendees,
      @Nullable String contribution,
      @Nullable String contributionHref) {}
}
