package org.openconsultation.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a consultation is open, in which zone. */
class ScheduleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");

  @Test
  void theScheduleIncludesItsOpeningAndExcludesItsClosing() {
    Instant opens = Instant.parse("2026-03-01T08:00:00Z");
    Instant closes = Instant.parse("2026-03-31T08:00:00Z");
    Schedule s = new Schedule(opens, closes, PARIS);

    assertThat(s.contains(opens.minusNanos(1))).isFalse();
    assertThat(s.contains(opens)).isTrue();
    assertThat(s.contains(closes.minusNanos(1))).isTrue();
    assertThat(s.contains(closes)).isFalse();
  }

  @Test
  void daysRunFromTheStartOfTheFirstToTheEndOfTheLastInTheZone() {
    Schedule paris = Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PARIS);
    Schedule reunion = Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), REUNION);

    assertThat(paris.opensAt()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z")); // UTC+1
    assertThat(paris.closesAt()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z")); // UTC+2
    assertThat(reunion.opensAt()).isEqualTo(Instant.parse("2026-02-28T20:00:00Z")); // UTC+4
    assertThat(reunion.closesAt()).isEqualTo(Instant.parse("2026-03-31T20:00:00Z"));
    assertThat(paris.localOpening().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
    assertThat(paris.localClosing().toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 0));
    assertThat(reunion.zone()).isEqualTo(REUNION);
  }

  @Test
  void daysAcrossTheSpringDaylightSavingChangeAreOneHourShort() {
    Schedule s = Schedule.days(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), PARIS);
    assertThat(Duration.between(s.opensAt(), s.closesAt())).isEqualTo(Duration.ofHours(47));
  }

  @Test
  void betweenReadsLocalTimesOfTheZone() {
    Schedule s =
        Schedule.between(
            LocalDateTime.of(2026, 3, 1, 9, 0), LocalDateTime.of(2026, 3, 15, 18, 0), REUNION);
    assertThat(s.opensAt()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
    assertThat(s.closesAt()).isEqualTo(Instant.parse("2026-03-15T14:00:00Z"));
  }

  @Test
  void aScheduleMustCloseAfterItOpens() {
    Instant t = Instant.parse("2026-03-01T08:00:00Z");

    InvalidInputException equal =
        catchThrowableOfType(InvalidInputException.class, () -> new Schedule(t, t, PARIS));
    InvalidInputException reversed =
        catchThrowableOfType(
            InvalidInputException.class, () -> new Schedule(t, t.minusSeconds(1), PARIS));

    assertThat(equal.violations().get(0).code()).isEqualTo("schedule.order");
    assertThat(equal.violations().get(0).path()).isEqualTo("closesAt");
    assertThat(reversed.violations().get(0).code()).isEqualTo("schedule.order");
  }

  @Test
  void anExtensionClosesLaterAndKeepsTheRest() {
    Schedule s = Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PARIS);
    Instant later = s.closesAt().plus(Duration.ofDays(7));

    Schedule extended = s.extendedTo(later);

    assertThat(extended).isEqualTo(new Schedule(s.opensAt(), later, PARIS));
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> s.extendedTo(s.closesAt()))
                .violations()
                .get(0)
                .code())
        .isEqualTo("schedule.extension");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> s.extendedTo(s.closesAt().minusSeconds(1)))
                .violations()
                .get(0)
                .code())
        .isEqualTo("schedule.extension");
  }
}
