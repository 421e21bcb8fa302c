package org.openconsultation.examples.portal.view;

import java.util.List;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Workshop;

/**
 * A workshop as the list and its own page show it.
 *
 * @param workshop the workshop
 * @param facilitators its facilitators' names
 * @param themes its themes' titles
 * @param contributions its collective contributions
 * @param mayContribute whether the person signed in may submit a collective contribution for it
 */
public record WorkshopView(
    Workshop workshop,
    List<String> facilitators,
    List<String> themes,
    List<Contribution> contributions,
    boolean mayContribute) {

  /** Copies the lists. */
  public WorkshopView {
    facilitators = List.copyOf(facilitators);
    themes = List.copyOf(themes);
    contributions = List.copyOf(contributions);
  }
}
