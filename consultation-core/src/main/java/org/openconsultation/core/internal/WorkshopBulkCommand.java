package org.openconsultation.core.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.openconsultation.core.model.ConsultationId;

/**
 * A whole workshop file as one command, so that the engine's validation checks every row at once
 * (violation paths start with {@code rows[index]}).
 *
 * @param consultation the consultation
 * @param rows the rows, in file order
 */
record WorkshopBulkCommand(
    @NotNull ConsultationId consultation, @NotNull List<@NotNull @Valid WorkshopBulkRow> rows) {

  WorkshopBulkCommand {
    rows = List.copyOf(rows);
  }
}
