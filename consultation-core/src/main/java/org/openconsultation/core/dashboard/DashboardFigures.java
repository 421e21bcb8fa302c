package org.openconsultation.core.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.PublicationStatus;

/**
 * A consultation's dashboard as one reader may see it, computed at one instant.
 *
 * <p>Contributions and comments count when their status is in {@link #statuses()}: published only,
 * unless the reader may read unpublished content ({@link #includesUnpublished()}, to be labelled as
 * such wherever it is shown). A comment counts only with its contribution. Ballots and supports
 * count only while results are visible to the reader ({@link #votesVisible()}); otherwise they are
 * null everywhere.
 *
 * @param consultation the consultation
 * @param computedAt when the figures were computed (the engine clock)
 * @param zone the consultation's time zone, in which days are counted
 * @param statuses the statuses of the contributions and comments counted
 * @param votesVisible whether ballots and supports are given
 * @param days every day from the opening (or the first activity, if earlier) to today or the last
 *     day open, whichever comes first (or the last activity, if later); days without activity carry
 *     zeros
 * @param themes per theme, by position
 * @param kinds per kind of contribution, every kind
 * @param territories per territory
 * @param workshops the workshops
 */
public record DashboardFigures(
    ConsultationId consultation,
    Instant computedAt,
    ZoneId zone,
    Set<PublicationStatus> statuses,
    boolean votesVisible,
    List<DayFigures> days,
    List<ThemeFigures> themes,
    List<KindFigures> kinds,
    TerritoryBreakdown territories,
    WorkshopFigures workshops) {

  /** Checks that no component is null and copies the collections. */
  public DashboardFigures {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(computedAt, "computedAt");
    Objects.requireNonNull(zone, "zone");
    statuses = Set.copyOf(EnumSet.copyOf(statuses));
    days = List.copyOf(days);
    themes = List.copyOf(themes);
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(territories, "territories");
    Objects.requireNonNull(workshops, "workshops");
  }

  /** Whether content that is not published (pending, hidden, withdrawn) is counted. */
  public boolean includesUnpublished() {
    return !Set.of(PublicationStatus.PUBLISHED).equals(statuses);
  }
}
