package org.openconsultation.core.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an import wrote.
 *
 * @param rows the rows read per table; for {@link ExportTable#TALLIES} the tallies checked against
 *     the ballots (tallies are never written, they follow from the ballots)
 * @param participantsCreated the participant registrations created for the people the data names
 */
public record ImportSummary(Map<ExportTable, Long> rows, long participantsCreated) {

  /** Copies the map; the count must not be negative. */
  public ImportSummary {
    Objects.requireNonNull(rows, "rows");
    rows = rows.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rows));
    if (participantsCreated < 0) {
      throw new IllegalArgumentException("participantsCreated must not be negative");
    }
  }

  /** The rows read from {@code table}, 0 if it was absent. */
  public long rows(ExportTable table) {
    return rows.getOrDefault(table, 0L);
  }
}
