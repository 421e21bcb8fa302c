package org.openconsultation.examples.portal.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/**
 * The form to submit or edit a contribution, or to submit a workshop's collective contribution.
 *
 * @param action where the form posts
 * @param editing the contribution being edited; null for a new one
 * @param workshop the workshop of a collective contribution; null otherwise
 * @param themes the themes to choose from
 * @param form the values and errors
 */
public record ContributionForm(
    String action,
    @Nullable Contribution editing,
    @Nullable Workshop workshop,
    List<Theme> themes,
    FormState form) {

  /** Copies the themes. */
  public ContributionForm {
    themes = List.copyOf(themes);
  }
}
