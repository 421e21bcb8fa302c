package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.openconsultation.core.model.NewsItemId;

/**
 * A news item as a homepage shows it.
 *
 * @param id the news item
 * @param title its headline
 * @param body its text
 * @param publishedAt when it was published, in the consultation's zone
 */
public record NewsBrief(NewsItemId id, String title, String body, ZonedDateTime publishedAt) {

  /** Checks that no component is null. */
  public NewsBrief {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
