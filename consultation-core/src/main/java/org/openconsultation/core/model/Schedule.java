package org.openconsultation.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a consultation is open: from {@code opensAt} (inclusive) to {@code closesAt} (exclusive),
 * presented in {@code zone}.
 */
public record Schedule(Instant opensAt, Instant closesAt, ZoneId zone) {

  /** Checks that the consultation closes after it opens. */
  public Schedule {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(zone, "zone");
    Checks.require(
        closesAt.isAfter(opensAt), "schedule.order", "closesAt", "must be after the opening time");
  }

  /** Open from the start of {@code firstDay} to the end of {@code lastDay}, in {@code zone}. */
  public static Schedule days(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
    return new Schedule(
        firstDay.atStartOfDay(zone).toInstant(),
        lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
        zone);
  }

  /** Open between two local date-times of {@code zone}. */
  public static Schedule between(LocalDateTime opens, LocalDateTime closes, ZoneId zone) {
    return new Schedule(opens.atZone(zone).toInstant(), closes.atZone(zone).toInstant(), zone);
  }

  /** Whether {@code instant} falls within the schedule. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
  }

  /**
   * The same schedule closing later; {@code newClosesAt} must be after the current closing time.
   */
  public Schedule extendedTo(Instant newClosesAt) {
    Checks.require(
        newClosesAt.isAfter(closesAt),
        "schedule.extension",
        "closesAt",
        "an extension must close later than the current closing time");
    return new Schedule(opensAt, newClosesAt, zone);
  }

  /** The opening time in the schedule's zone. */
  public ZonedDateTime localOpening() {
    return opensAt.atZone(zone);
  }

  /** The closing time in the schedule's zone. */
  public ZonedDateTime localClosing() {
    return closesAt.atZone(zone);
  }
}
