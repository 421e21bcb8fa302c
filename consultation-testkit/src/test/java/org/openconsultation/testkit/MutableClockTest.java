package org.openconsultation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private static final Instant START = Instant.parse("2017-02-08T09:00:00Z");

  @Test
  void standsStillUntilSetOrAdvanced() {
    MutableClock clock = MutableClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advancesBySteps() {
    MutableClock clock = MutableClock.at("2017-03-24T22:59:59Z");

    Instant next = clock.advance(Duration.ofSeconds(2));

    assertThat(next).isEqualTo(Instant.parse("2017-03-24T23:00:01Z"));
    assertThat(clock.instant()).isEqualTo(next);
  }

  @Test
  void mayBeSetBackwards() {
    MutableClock clock = MutableClock.at(START);

    clock.set(START.minus(Duration.ofDays(1)));

    assertThat(clock.instant()).isEqualTo(START.minus(Duration.ofDays(1)));
  }

  @Test
  void aZonedViewMovesWithTheClock() {
    MutableClock clock = MutableClock.at(START);
    MutableClock noumea = clock.withZone(ZoneId.of("Pacific/Noumea"));

    clock.advance(Duration.ofHours(1));

    assertThat(noumea.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(noumea.getZone()).isEqualTo(ZoneId.of("Pacific/Noumea"));
    assertThat(noumea).isNotEqualTo(clock);
    assertThat(noumea.withZone(ZoneOffset.UTC)).isEqualTo(clock);
  }

  @Test
  void concurrentAdvancesAreNeverLost() throws InterruptedException {
    MutableClock clock = MutableClock.at(START);

    List<Integer> done =
        Concurrently.run(
            16,
            Duration.ofSeconds(30),
            thread ->
                () -> {
                  for (int i = 0; i < 1_000; i++) {
                    clock.advance(Duration.ofMillis(1));
                  }
                  return thread;
                });

    assertThat(done).hasSize(16);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofSeconds(16)));
  }
}
