package org.openconsultation.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable, human-readable reference of a contribution within its consultation, such as {@code
 * C-42}: numbers are allocated in order of submission and never reused, so a synthesis can cite
 * them and a permalink can be built from them.
 *
 * @param number the number, from 1
 */
public record Reference(long number) {

  private static final Pattern FORMAT = Pattern.compile("C-([1-9][0-9]{0,17})");

  /** Checks the number is positive. */
  public Reference {
    Checks.require(number > 0, "min", "reference", "a reference number starts at 1");
  }

  /**
   * Parses {@code C-42}; throws {@link InvalidInputException} with code {@code reference.format}
   * for anything else.
   */
  public static Reference parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    Checks.require(m.matches(), "reference.format", "reference", "expected a reference like C-42");
    return new Reference(Long.parseLong(m.group(1)));
  }

  /** The reference of revision {@code revision} of this contribution. */
  public RevisionReference at(int revision) {
    return new RevisionReference(this, revision);
  }

  @Override
  public String toString() {
    return "C-" + number;
  }
}
