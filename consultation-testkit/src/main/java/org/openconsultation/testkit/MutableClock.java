package org.openconsultation.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Clock} that stands still until a test sets or advances it, so that time-dependent rules
 * (opening, closing, ordering by time) are tested without sleeping.
 *
 * <p>Thread-safe: the instant is shared by every thread and every {@linkplain #withZone zoned
 * view}, and {@link #advance} is atomic, so concurrent advances are never lost.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> instant;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  /** A clock showing {@code start}, in UTC. */
  public static MutableClock at(Instant start) {
    return new MutableClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** A clock showing {@code start} (an ISO-8601 instant such as {@code 2017-02-08T09:00:00Z}). */
  public static MutableClock at(String start) {
    return at(Instant.parse(start));
  }

  /** Shows {@code next} from now on; it may be earlier than the current instant. */
  public void set(Instant next) {
    instant.set(Objects.requireNonNull(next, "next"));
  }

  /** Moves the clock by {@code step} (negative to go back) and returns the new instant. */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step");
    return instant.updateAndGet(current -> current.plus(step));
  }

  @Override
  public Instant instant() {
    return instant.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone: it shows, and moves with, the same instant. */
  @Override
  public MutableClock withZone(ZoneId newZone) {
    return new MutableClock(instant, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MutableClock that && that.instant == instant && that.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(instant) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "MutableClock[" + instant.get() + "," + zone + "]";
  }
}
