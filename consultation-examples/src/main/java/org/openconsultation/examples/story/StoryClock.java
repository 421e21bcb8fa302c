package org.openconsultation.examples.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the story moves forward by hand, so that every run tells the same dates. It never goes
 * back: a story told out of order fails at once instead of confusing the engine.
 */
public final class StoryClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock showing {@code start}, in its zone. */
  public StoryClock(ZonedDateTime start) {
    this(new AtomicReference<>(start.toInstant()), start.getZone());
  }

  private StoryClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves the clock to {@code local}, a time of the clock's zone that is not in the past. */
  public ZonedDateTime set(LocalDateTime local) {
    Instant next = local.atZone(zone).toInstant();
    Instant current = now.get();
    if (next.isBefore(current)) {
      throw new IllegalArgumentException(
          "the story goes back in time: " + local + " is before " + current.atZone(zone));
    }
    now.set(next);
    return next.atZone(zone);
  }

  /** The current time in the clock's zone. */
  public ZonedDateTime local() {
    return now.get().atZone(zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of the same moving time in another zone. */
  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new StoryClock(now, Objects.requireNonNull(other, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
