package org.openconsultation.examples.portal.view;

import java.util.List;
import org.openconsultation.core.model.Milestone;

/**
 * The organiser's page: the consultation's lifecycle, news, timeline and settings.
 *
 * @param closesAt the closing time in the consultation's zone, as a {@code datetime-local} value
 * @param milestones the timeline, in date order
 * @param rules the names of the ranking rules
 */
public record OrganiseView(String closesAt, List<Milestone> milestones, List<String> rules) {

  /** Copies the lists. */
  public OrganiseView {
    milestones = List.copyOf(milestones);
    rules = List.copyOf(rules);
  }
}
