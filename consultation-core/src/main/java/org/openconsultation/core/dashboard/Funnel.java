package org.openconsultation.core.dashboard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;

/**
 * How far people went: visited (as measured by the host), registered, contributed, voted. The
 * library does not track visits; the host reports the distinct visitors it measured. Fewer visitors
 * than registrations is possible (visits measured elsewhere or over another period) and flagged by
 * {@link #visitorsBelowRegistered()}.
 *
 * @param consultation the consultation
 * @param visitors the distinct visitors the host reported
 * @param registered participants registered
 * @param contributed distinct authors of the contributions counted (for a collective or assisted
 *     contribution, the facilitator who submitted it)
 * @param voted distinct participants with at least one ballot on a contribution counted, or null
 *     while results are hidden from the reader
 * @param visitorsBelowRegistered whether the host reported fewer visitors than registrations
 */
public record Funnel(
    ConsultationId consultation,
    long visitors,
    long registered,
    long contributed,
    @Nullable Long voted,
    boolean visitorsBelowRegistered) {

  /** Checks counts are not negative and the flag matches them. */
  public Funnel {
    Objects.requireNonNull(consultation, "consultation");
    if (visitors < 0 || registered < 0 || contributed < 0 || (voted != null && voted < 0)) {
      throw new IllegalArgumentException("funnel counts are not negative");
    }
    if (visitorsBelowRegistered != (visitors < registered)) {
      throw new IllegalArgumentException("the flag says whether visitors < registered");
    }
  }

  /** The funnel of these counts, flagged when visitors are fewer than registrations. */
  public static Funnel of(
      ConsultationId consultation,
      long visitors,
      long registered,
      long contributed,
      @Nullable Long voted) {
    return new Funnel(
        consultation, visitors, registered, contributed, voted, visitors < registered);
  }
}
