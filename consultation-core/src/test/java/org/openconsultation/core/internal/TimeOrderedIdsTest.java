package org.openconsultation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Time-ordered UUIDs (version 7) from the engine clock. */
class TimeOrderedIdsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123Z");

  /** The byte order of the UUID's text form, which is the order databases sort them in. */
  private static final Comparator<UUID> UNSIGNED =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private static long millisOf(UUID id) {
    return id.getMostSignificantBits() >>> 16;
  }

  @Test
  void idsAreVersion7WithTheRfcVariantAndTheClocksMilliseconds() {
    TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));

    UUID id = ids.next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(millisOf(id)).isEqualTo(NOW.toEpochMilli());
    assertThat(id.toString())
        .startsWith(String.format("%012x", NOW.toEpochMilli()).substring(0, 8));
  }

  @Test
  void idsStrictlyIncreaseUnderAFixedClockAcrossAHundredThousandIds() {
    TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));
    Set<UUID> seen = new HashSet<>();
    UUID previous = ids.next();
    seen.add(previous);

    for (int i = 1; i < 100_000; i++) {
      UUID next = ids.next();
      assertThat(UNSIGNED.compare(next, previous)).as("id #%s", i).isPositive();
      assertThat(next.version()).isEqualTo(7);
      assertThat(next.variant()).isEqualTo(2);
      seen.add(next);
      previous = next;
    }

    assertThat(seen).hasSize(100_000);
    // Past 4096 ids in one millisecond the time part runs ahead, but never far.
    assertThat(millisOf(previous) - NOW.toEpochMilli()).isBetween(0L, 100_000L / 4096 + 1);
  }

  @Test
  void idsStillIncreaseWhenTheClockGoesBack() {
    AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
    Clock clock =
        new Clock() {
          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
          }

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }
        };
    TimeOrderedIds ids = new TimeOrderedIds(clock);
    UUID before = ids.next();

    millis.addAndGet(-Duration.ofMinutes(5).toMillis());
    UUID after = ids.next();
    millis.addAndGet(Duration.ofHours(1).toMillis());
    UUID later = ids.next();

    assertThat(UNSIGNED.compare(after, before)).isPositive();
    assertThat(UNSIGNED.compare(later, after)).isPositive();
    assertThat(millisOf(later)).isEqualTo(millis.get()); // back in step with the clock
  }

  @Test
  void idsFromAMovingClockSortByTime() {
    AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
    Clock clock =
        new Clock() {
          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndAdd(7));
          }

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }
        };
    TimeOrderedIds ids = new TimeOrderedIds(clock);
    UUID a = ids.next();
    UUID b = ids.next();

    assertThat(millisOf(b) - millisOf(a)).isEqualTo(7);
    assertThat(a.toString().compareTo(b.toString())).isNegative();
  }
}
