package org.openconsultation.core.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Phase;

/**
 * What a report says of the consultation itself, its dates in the consultation's time zone.
 *
 * @param id the consultation
 * @param slug its short URL-friendly name
 * @param title its title
 * @param description what it is about
 * @param locale its main language; HTML renderings carry it as {@code lang}
 * @param phase its phase when the report was built
 * @param opensAt when it opens, in its zone
 * @param closesAt when it stops accepting participation (the early closure if one came first), in
 *     its zone
 * @param closeReason why it was closed early, or null if it was not
 */
public record ConsultationSummary(
    ConsultationId id,
    String slug,
    String title,
    String description,
    Locale locale,
    Phase phase,
    ZonedDateTime opensAt,
    ZonedDateTime closesAt,
    @Nullable String closeReason) {

  /** Checks that no required component is null. */
  public ConsultationSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
  }

  /** The summary of {@code consultation} as it stands at {@code now}. */
  public static ConsultationSummary of(Consultation consultation, Instant now) {
    ZoneId zone = consultation.schedule().zone();
    Instant closing = consultation.effectiveClosing();
    boolean early = !closing.equals(consultation.schedule().closesAt());
    return new ConsultationSummary(
        consultation.id(),
        consultation.slug(),
        consultation.title(),
        consultation.description(),
        consultation.locale(),
        consultation.phaseAt(now),
        consultation.schedule().opensAt().atZone(zone),
        closing.atZone(zone),
        early ? consultation.lifecycle().closeReason() : null);
  }

  /** The consultation's time zone. */
  public ZoneId zone() {
    return opensAt.getZone();
  }
}
