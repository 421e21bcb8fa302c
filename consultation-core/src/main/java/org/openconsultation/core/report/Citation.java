package org.openconsultation.core.report;

import java.util.Objects;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.RevisionReference;

/**
 * One line of a synthesis's citation index.
 *
 * @param reference the contribution's reference
 * @param citation the revision quoted
 * @param title its title in that revision
 * @param theme the title of its theme
 * @param link the permalink of the revision quoted
 */
public record Citation(
    Reference reference, RevisionReference citation, String title, String theme, String link) {

  /** Checks that no component is null. */
  public Citation {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(link, "link");
  }

  /** The id of the contribution's element in the HTML rendering: {@code C-42}. */
  public String anchor() {
    return reference.toString();
  }
}
