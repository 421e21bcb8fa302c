package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A news brief for the consultation's homepage.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param title the headline
 * @param body the text
 * @param author who published it
 * @param publishedAt when it was published
 */
public record NewsItem(
    ConsultationId consultationId,
    NewsItemId id,
    String title,
    String body,
    ParticipantId author,
    Instant publishedAt) {

  /** Checks that no component is null. */
  public NewsItem {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
