package org.openconsultation.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's lifecycle actions on a consultation; {@code null} where not taken yet.
 *
 * @param publishedAt when the consultation left the draft phase
 * @param closedEarlyAt when the organiser closed it before its scheduled end
 * @param closeReason why it was closed early, for example an electoral reserve period
 * @param resultsPublishedAt when results were published
 * @param archivedAt when it was archived
 */
public record Lifecycle(
    @Nullable Instant publishedAt,
    @Nullable Instant closedEarlyAt,
    @Nullable String closeReason,
    @Nullable Instant resultsPublishedAt,
    @Nullable Instant archivedAt) {

  /** Checks that an early closure always has a reason. */
  public Lifecycle {
    Checks.require(
        (closedEarlyAt == null) == (closeReason == null),
        "lifecycle.close-reason",
        "closeReason",
        "an early closure needs a reason");
  }

  /** A consultation on which no action has been taken. */
  public static Lifecycle draft() {
    return new Lifecycle(null, null, null, null, null);
  }

  /** This lifecycle, published at {@code at}. */
  public Lifecycle published(Instant at) {
    return new Lifecycle(at, closedEarlyAt, closeReason, resultsPublishedAt, archivedAt);
  }

  /** This lifecycle, closed early at {@code at} for {@code reason}. */
  public Lifecycle closedEarly(Instant at, String reason) {
    return new Lifecycle(publishedAt, at, reason, resultsPublishedAt, archivedAt);
  }

  /** This lifecycle, with results published at {@code at}. */
  public Lifecycle resultsPublished(Instant at) {
    return new Lifecycle(publishedAt, closedEarlyAt, closeReason, at, archivedAt);
  }

  /** This lifecycle, archived at {@code at}. */
  public Lifecycle archived(Instant at) {
    return new Lifecycle(publishedAt, closedEarlyAt, closeReason, resultsPublishedAt, at);
  }
}
