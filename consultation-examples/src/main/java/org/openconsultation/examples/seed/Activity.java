package org.openconsultation.examples.seed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * When people are active, minute by minute, from the publication to the early close: a little
 * before the opening, a surge in the first days, a slow middle, and a rush once the early close is
 * announced; quiet at night, busier at lunchtime and in the evening, slower at weekends.
 */
final class Activity {

  private static final double[] HOURS = {
    0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.2, 1.6, 1.8, 1.7, 1.3, 1.2, 1.6, 1.6, 1.5, 1.4,
    1.5, 1.4, 1.6, 1.5, 1.0, 0.5
  };

  /** When people act once registered. */
  static final double ACTING_SURGE = 2.5;

  /** When people register: the launch brings most of them. */
  static final double JOINING_SURGE = 7;

  private final Instant from;
  private final double[] cumulative;

  /**
   * The activity between the publication and the early close.
   *
   * @param surge how much busier the opening day is than an ordinary day, beyond the base
   */
  Activity(double surge) {
    this.from = Calendar.PUBLISHED;
    int minutes = (int) Duration.between(from, Calendar.EARLY_CLOSE).toMinutes();
    cumulative = new double[minutes + 1];
    LocalDate opening = Calendar.OPENING.atZone(Calendar.PARIS).toLocalDate();
    LocalDate last = Calendar.EARLY_CLOSE.atZone(Calendar.PARIS).toLocalDate();
    for (int i = 0; i < minutes; i++) {
      ZonedDateTime t = from.plusSeconds(60L * i).atZone(Calendar.PARIS);
      cumulative[i + 1] =
          cumulative[i] + day(t.toLocalDate(), opening, last, surge) * HOURS[t.getHour()];
    }
  }

  /**
   * A minute in {@code [lo, hi)}, drawn with the activity's weights, or null if the interval holds
   * no whole minute of the period.
   */
  @Nullable Instant sample(SplittableRandom rng, Instant lo, Instant hi) {
    int first = Math.max(0, (int) Math.ceil(Duration.between(from, lo).getSeconds() / 60.0));
    int end = (int) Math.min(cumulative.length - 1L, Duration.between(from, hi).getSeconds() / 60);
    if (end <= first) {
      return null;
    }
    double u = cumulative[first] + rng.nextDouble() * (cumulative[end] - cumulative[first]);
    int i = Arrays.binarySearch(cumulative, first, end + 1, u);
    int minute = i >= 0 ? i : -i - 2;
    minute = Math.max(first, Math.min(end - 1, minute));
    return from.plusSeconds(60L * minute);
  }

  private static double day(LocalDate date, LocalDate opening, LocalDate last, double surge) {
    if (date.isBefore(opening)) {
      return 0.35;
    }
    double k = ChronoUnit.DAYS.between(opening, date);
    double toClose = ChronoUnit.DAYS.between(date, last);
    double weight = 1 + surge * Math.exp(-k / 3) + 2.2 * Math.exp(-toClose / 2.5);
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? weight * 0.65 : weight;
  }
}
