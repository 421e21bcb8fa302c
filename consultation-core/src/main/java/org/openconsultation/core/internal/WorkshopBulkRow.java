package org.openconsultation.core.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.model.WorkshopId;

/**
 * One row of a workshop file as the commands it stands for. Cells that could not be read hold a
 * valid stand-in, so that validation still reports every other cell; such a row is never written.
 *
 * @param line the row's number as a spreadsheet shows it
 * @param id the id the workshop will have
 * @param workshop the workshop
 * @param contribution its collective contribution, if the row has one
 */
record WorkshopBulkRow(
    int line,
    @NotNull WorkshopId id,
    @NotNull @Valid RecordWorkshop workshop,
    @Nullable @Valid SubmitCollectiveContribution contribution) {}
