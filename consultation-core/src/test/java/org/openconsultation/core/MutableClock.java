package org.openconsultation.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock that tests move by hand: time passes only when a test says so. */
final class MutableClock extends Clock {

  private volatile Instant now;

  MutableClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves to {@code instant} (forward or back). */
  void set(Instant instant) {
    this.now = Objects.requireNonNull(instant, "instant");
  }

  /** Moves forward by {@code duration}. */
  void advance(Duration duration) {
    this.now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the engine reads instants only");
  }
}
