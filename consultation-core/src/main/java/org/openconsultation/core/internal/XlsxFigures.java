package org.openconsultation.core.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * The counts the summary sheets show, added up while the contribution sheets stream: per kind and
 * status, per theme, per workshop, and the ballots on the contributions written. Its size depends
 * on the number of themes and workshops, not of contributions.
 */
final class XlsxFigures {

  private final Map<ContributionKind, Map<PublicationStatus, Long>> byKind =
      new EnumMap<>(ContributionKind.class);
  private final Map<ThemeId, Long> byTheme = new HashMap<>();
  private final Map<WorkshopId, Long> byWorkshop = new HashMap<>();
  private long contributions;
  private long ballots;

  /** Counts one contribution written to the workbook. */
  void add(Contribution c) {
    contributions++;
    byKind
        .computeIfAbsent(c.kind(), k -> new EnumMap<>(PublicationStatus.class))
        .merge(c.status(), 1L, Long::sum);
    byTheme.merge(c.themeId(), 1L, Long::sum);
    if (c.provenance() instanceof Provenance.Collective collective) {
      byWorkshop.merge(collective.workshop(), 1L, Long::sum);
    }
  }

  /** Counts the ballots of a contribution written to the workbook. */
  void add(Tally tally) {
    ballots += tally.ballots();
  }

  long contributions() {
    return contributions;
  }

  long ballots() {
    return ballots;
  }

  long of(ContributionKind kind, PublicationStatus status) {
    return byKind.getOrDefault(kind, Map.of()).getOrDefault(status, 0L);
  }

  long ofTheme(ThemeId theme) {
    return byTheme.getOrDefault(theme, 0L);
  }

  long ofWorkshop(WorkshopId workshop) {
    return byWorkshop.getOrDefault(workshop, 0L);
  }
}
