package org.openconsultation.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.openconsultation.core.dashboard.DayFigures;
import org.openconsultation.core.model.Consultation;

/**
 * Per-day counters in the consultation's time zone, and the series of days they become: from the
 * opening day (or the first day with activity, if earlier) to today or the last day open, whichever
 * comes first (or the last day with activity, if later), zeros on quiet days.
 */
final class DashboardDays {

  static final int REGISTRATIONS = 0;
  static final int CONTRIBUTIONS = 1;
  static final int COMMENTS = 2;
  static final int BALLOTS = 3;

  private final ZoneId zone;
  private final NavigableMap<LocalDate, long[]> counts = new TreeMap<>();

  DashboardDays(ZoneId zone) {
    this.zone = zone;
  }

  /** Counts one event of {@code kind} at {@code at}. */
  void count(int kind, Instant at) {
    counts.computeIfAbsent(at.atZone(zone).toLocalDate(), d -> new long[4])[kind]++;
  }

  /** The days, with ballots null when {@code ballots} is false. */
  List<DayFigures> series(Consultation c, Instant now, boolean ballots) {
    LocalDate first = c.schedule().opensAt().atZone(zone).toLocalDate();
    LocalDate lastOpen = c.effectiveClosing().minusNanos(1).atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate last = today.isBefore(lastOpen) ? today : lastOpen;
    if (!counts.isEmpty()) {
      first = min(first, counts.firstKey());
      last = max(last, counts.lastKey());
    }
    List<DayFigures> days = new ArrayList<>();
    long[] totals = new long[4];
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      long[] n = counts.getOrDefault(day, new long[4]);
      for (int i = 0; i < 4; i++) {
        totals[i] += n[i];
      }
      days.add(
          new DayFigures(
              day,
              n[REGISTRATIONS],
              n[CONTRIBUTIONS],
              n[COMMENTS],
              ballots ? n[BALLOTS] : null,
              totals[REGISTRATIONS],
              totals[CONTRIBUTIONS],
              totals[COMMENTS],
              ballots ? totals[BALLOTS] : null));
    }
    return days;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
