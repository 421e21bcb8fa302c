package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A consultation: open between two dates, organised in themes.
 *
 * @param id the identifier
 * @param slug a short URL-friendly name, unique among consultations
 * @param title the title
 * @param description what the consultation is about
 * @param organiser who created it
 * @param locale its main language
 * @param schedule when it is open
 * @param settings its settings
 * @param lifecycle the organiser's lifecycle actions
 * @param termsVersion the version of the terms participants consent to when registering
 * @param createdAt when it was created
 * @param version incremented by every update; a store refuses a stale update with a conflict
 */
public record Consultation(
    ConsultationId id,
    String slug,
    String title,
    String description,
    ParticipantId organiser,
    Locale locale,
    Schedule schedule,
    ConsultationSettings settings,
    Lifecycle lifecycle,
    String termsVersion,
    Instant createdAt,
    long version) {

  /** Checks that no component is null. */
  public Consultation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(termsVersion, "termsVersion");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The phase at {@code now}: archived, results published or draft when the organiser said so;
   * otherwise scheduled before the opening time, open until the scheduled or early close, closed
   * afterwards.
   */
  public Phase phaseAt(Instant now) {
    if (lifecycle.archivedAt() != null) {
      return Phase.ARCHIVED;
    }
    if (lifecycle.resultsPublishedAt() != null) {
      return Phase.RESULTS_PUBLISHED;
    }
    if (lifecycle.publishedAt() == null) {
      return Phase.DRAFT;
    }
    if (!now.isBefore(effectiveClosing())) {
      return Phase.CLOSED;
    }
    return now.isBefore(schedule.opensAt()) ? Phase.SCHEDULED : Phase.OPEN;
  }

  /**
   * The instant it stops accepting participation: the early closure if any, else the schedule's.
   */
  public Instant effectiveClosing() {
    @Nullable Instant early = lifecycle.closedEarlyAt();
    return early != null && early.isBefore(schedule.closesAt()) ? early : schedule.closesAt();
  }

  /** The next version of this consultation with another schedule. */
  public Consultation withSchedule(Schedule newSchedule) {
    return new Consultation(
        id,
        slug,
        title,
        description,
        organiser,
        locale,
        newSchedule,
        settings,
        lifecycle,
        termsVersion,
        createdAt,
        version + 1);
  }

  /** The next version of this consultation with other settings. */
  public Consultation withSettings(ConsultationSettings newSettings) {
    return new Consultation(
        id,
        slug,
        title,
        description,
        organiser,
        locale,
        schedule,
        newSettings,
        lifecycle,
        termsVersion,
        createdAt,
        version + 1);
  }

  /** The next version of this consultation with another lifecycle. */
  public Consultation withLifecycle(Lifecycle newLifecycle) {
    return new Consultation(
        id,
        slug,
        title,
        description,
        organiser,
        locale,
        schedule,
        settings,
        newLifecycle,
        termsVersion,
        createdAt,
        version + 1);
  }
}
