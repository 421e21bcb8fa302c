package org.openconsultation.examples.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.openconsultation.core.model.Schedule;

/** The consultation's dates, in Paris, from its preparation to its early close. */
final class Calendar {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** When the seed begins: the organiser sits down to prepare the consultation. */
  static final LocalDateTime START = LocalDateTime.of(2017, 1, 30, 9, 0);

  static final Instant CREATED = paris(1, 30, 10, 0);
  static final Instant PUBLISHED = paris(1, 30, 11, 30);
  static final Instant ANNOUNCED = paris(2, 2, 10, 0);

  /** Open from the start of 8 February to the end of 24 March 2017. */
  static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), PARIS);

  static final Instant OPENING = SCHEDULE.opensAt();

  /** When the organiser announces the early close. */
  static final Instant CLOSE_ANNOUNCED = paris(3, 1, 10, 0);

  /** The early close, at noon on Friday 10 March, for the electoral reserve period. */
  static final Instant EARLY_CLOSE = paris(3, 10, 12, 0);

  private Calendar() {}

  /** A time in Paris, in 2017. */
  static Instant paris(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2017, month, day, hour, minute).atZone(PARIS).toInstant();
  }
}
