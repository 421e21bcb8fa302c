package org.openconsultation.core.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.openconsultation.core.IdGenerator;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds from the clock, then 74 random bits.
 * Within one generator, values strictly increase even when the clock stands still or goes back: the
 * millisecond part never decreases and a 12-bit counter orders ids of the same millisecond.
 */
public final class TimeOrderedIds implements IdGenerator {

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong last = new AtomicLong();

  /** Ids whose time part comes from {@code clock}. */
  public TimeOrderedIds(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UUID next() {
    long stamp = last.updateAndGet(this::advance);
    long millis = stamp >>> 12;
    long counter = stamp & 0xFFF;
    long msb = (millis << 16) | 0x7000L | counter;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  private long advance(long previous) {
    long now = clock.millis() << 12;
    return now > previous ? now : previous + 1;
  }
}
