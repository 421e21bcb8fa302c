package org.openconsultation.core.dashboard;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened on one calendar day of the consultation's time zone, and the running totals at the
 * end of that day. Ballots are null when results are hidden from the reader.
 *
 * @param day the day
 * @param registrations participants who registered that day
 * @param contributions contributions first submitted that day
 * @param comments comments posted that day
 * @param ballots ballots first cast that day (a changed ballot counts on the day it was first cast;
 *     a retracted one no longer counts), or null when hidden
 * @param totalRegistrations registrations up to the end of the day
 * @param totalContributions contributions up to the end of the day
 * @param totalComments comments up to the end of the day
 * @param totalBallots ballots up to the end of the day, or null when hidden
 */
public record DayFigures(
    LocalDate day,
    long registrations,
    long contributions,
    long comments,
    @Nullable Long ballots,
    long totalRegistrations,
    long totalContributions,
    long totalComments,
    @Nullable Long totalBallots) {

  /** Checks the counts are not negative and ballots are hidden in both or neither. */
  public DayFigures {
    Objects.requireNonNull(day, "day");
    if (registrations < 0
        || contributions < 0
        || comments < 0
        || totalRegistrations < registrations
        || totalContributions < contributions
        || totalComments < comments) {
      throw new IllegalArgumentException("counts are not negative and totals include the day");
    }
    if ((ballots == null) != (totalBallots == null)) {
      throw new IllegalArgumentException("ballots are hidden for the day and the total alike");
    }
  }
}
