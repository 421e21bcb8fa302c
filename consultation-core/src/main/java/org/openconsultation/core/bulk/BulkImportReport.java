package org.openconsultation.core.bulk;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Workshop;

/**
 * The outcome of a bulk import, which is all or nothing: either every row was recorded ({@link
 * Imported}) or none was and every bad row is listed ({@link Rejected}).
 *
 * <pre>{@code
 * BulkImportReport report = engine.workshops().importWorkshops(actor, consultation, csv);
 * if (report instanceof BulkImportReport.Rejected rejected) {
 *   rejected.errors().forEach(e -> show(e.line(), e.column(), e.message()));
 * }
 * }</pre>
 */
public sealed interface BulkImportReport {

  /** Whether the rows were recorded. */
  boolean imported();

  /**
   * Every row was recorded, in one transaction.
   *
   * @param workshops the workshops recorded, in the order of the file's rows
   * @param contributions the collective contributions submitted, in the order of the file's rows
   */
  record Imported(List<Workshop> workshops, List<Contribution> contributions)
      implements BulkImportReport {

    /** Copies the lists. */
    public Imported {
      workshops = List.copyOf(workshops);
      contributions = List.copyOf(contributions);
    }

    @Override
    public boolean imported() {
      return true;
    }
  }

  /**
   * Nothing was recorded because some rows are bad.
   *
   * @param errors every problem found, by line then by column order of the template; never empty
   */
  record Rejected(List<RowError> errors) implements BulkImportReport {

    /** Copies the errors; at least one is required. */
    public Rejected {
      Objects.requireNonNull(errors, "errors");
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejected import has at least one error");
      }
      errors = List.copyOf(errors);
    }

    @Override
    public boolean imported() {
      return false;
    }

    /** The lines with at least one error, in ascending order. */
    public List<Integer> lines() {
      return errors.stream()
          .map(RowError::line)
          .distinct()
          .sorted(Comparator.naturalOrder())
          .toList();
    }
  }
}
