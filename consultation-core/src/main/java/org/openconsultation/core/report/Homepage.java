package org.openconsultation.core.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Milestone;

/**
 * What a consultation's homepage shows: the consultation with its phase and dates, the latest news,
 * the public timeline and the key figures. A host renders it with its own templates.
 *
 * @param consultation the consultation, its dates in its zone
 * @param news the latest news items, newest first
 * @param timeline the milestones of the public timeline by date (then id), with their status
 * @param figures the key figures; supports only while results are visible to the reader
 * @param asOf when the data was read (engine clock), in the consultation's zone
 */
public record Homepage(
    ConsultationSummary consultation,
    List<NewsBrief> news,
    List<Milestone> timeline,
    KeyFigures figures,
    ZonedDateTime asOf) {

  /** Checks that no component is null and copies the lists. */
  public Homepage {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(asOf, "asOf");
    news = List.copyOf(news);
    timeline = List.copyOf(timeline);
  }
}
