package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;

/**
 * One contribution in a section of a digest.
 *
 * @param reference its reference
 * @param title its current title
 * @param theme the title of its theme
 * @param kind individual, collective or institutional
 * @param attribution who it speaks for (as in {@link RankedContribution#attribution()})
 * @param submittedAt when it was submitted, in the consultation's zone
 * @param count what the section counts during the period: supports received for the most supported,
 *     comments posted for the most debated, 0 for the new contributions
 * @param link its permalink, by the engine's permalink template
 */
public record DigestEntry(
    Reference reference,
    String title,
    String theme,
    ContributionKind kind,
    String attribution,
    ZonedDateTime submittedAt,
    long count,
    String link) {

  /** Checks that no component is null and the count is not negative. */
  public DigestEntry {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(link, "link");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }
}
