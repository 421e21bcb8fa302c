package org.openconsultation.core.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * The top published contributions by one ranking rule. A rule that reads ballots gives no entry
 * while results are hidden from the reader ({@code resultsHidden}).
 *
 * @param rule the rule's name
 * @param ruleVersion the rule's version
 * @param resultsHidden whether the entries are withheld because results are hidden
 * @param entries the top entries, by rank
 */
public record TopContributions(
    String rule, int ruleVersion, boolean resultsHidden, List<TopEntry> entries) {

  /** Checks the rule is named, copies the entries, and that hidden results have none. */
  public TopContributions {
    Objects.requireNonNull(rule, "rule");
    entries = List.copyOf(entries);
    if (resultsHidden && !entries.isEmpty()) {
      throw new IllegalArgumentException("hidden results have no entry");
    }
  }
}
