package org.openconsultation.examples.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's clock in the demo portal. The demo tells a consultation of 2017: while the seed
 * fills the database the clock shows the seed's moments (set by hand, or followed from the seed's
 * own clock); once the portal serves pages it shows a fixed demo moment plus the real time elapsed
 * since then, so that the consultation is open when the portal starts and deadlines still move as a
 * person clicks.
 */
public final class PortalClock extends Clock {

  private final AtomicReference<Clock> current;
  private final ZoneId zone;

  private PortalClock(AtomicReference<Clock> current, ZoneId zone) {
    this.current = current;
    this.zone = zone;
  }

  /** A clock stopped at {@code start}, to be set by hand until {@link #live} is called. */
  public static PortalClock startingAt(Instant start, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new PortalClock(new AtomicReference<>(Clock.fixed(start, zone)), zone);
  }

  /** Stops the clock at {@code moment}; the seed moves time this way. */
  public void set(Instant moment) {
    current.set(Clock.fixed(moment, zone));
  }

  /** Shows what another clock shows, as it moves; a seed with a clock of its own uses this. */
  public void follow(Clock other) {
    current.set(Objects.requireNonNull(other, "other"));
  }

  /**
   * From now on the clock shows {@code demoMoment} plus the time {@code realClock} has moved since
   * {@code realStart}.
   */
  public void live(Instant demoMoment, Instant realStart, Clock realClock) {
    Duration shift = Duration.between(realStart, demoMoment);
    current.set(Clock.offset(realClock, shift));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving time, read in another zone. */
  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new PortalClock(current, Objects.requireNonNull(other));
  }

  @Override
  public Instant instant() {
    return current.get().instant();
  }
}
