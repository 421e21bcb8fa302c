package org.openconsultation.core.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to one revision of a contribution, such as {@code C-42.2}: the text as it read when
 * cited, even if its author edits it later.
 *
 * @param contribution the contribution's reference
 * @param revision the revision number, from 1
 */
public record RevisionReference(Reference contribution, int revision) {

  private static final Pattern FORMAT = Pattern.compile("(C-[1-9][0-9]{0,17})\\.([1-9][0-9]{0,8})");

  /** Checks the revision number is positive. */
  public RevisionReference {
    Objects.requireNonNull(contribution, "contribution");
    Checks.require(revision > 0, "min", "revision", "a revision number starts at 1");
  }

  /**
   * Parses {@code C-42.2}; throws {@link InvalidInputException} with code {@code reference.format}
   * for anything else.
   */
  public static RevisionReference parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    Checks.require(
        m.matches(), "reference.format", "reference", "expected a revision reference like C-42.2");
    return new RevisionReference(Reference.parse(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return contribution + "." + revision;
  }
}
