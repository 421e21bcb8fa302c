package org.openconsultation.examples.portal.view;

import java.util.List;
import org.openconsultation.core.model.Violation;

/**
 * An error page: what went wrong in words for people, never a stack trace.
 *
 * @param status the HTTP status
 * @param message the explanation, localised
 * @param violations the fields that were refused, if the input was invalid
 */
public record ErrorView(int status, String message, List<Violation> violations) {

  /** Copies the violations. */
  public ErrorView {
    violations = List.copyOf(violations);
  }
}
