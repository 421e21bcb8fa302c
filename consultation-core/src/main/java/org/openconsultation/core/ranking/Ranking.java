package org.openconsultation.core.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Reference;

/**
 * An ordered list of contributions with their scores, and how it was computed.
 *
 * @param rule the rule's name
 * @param ruleVersion the rule's version
 * @param computedAt when it was computed (engine clock)
 * @param entries the entries, by rank
 */
public record Ranking(
    String rule, int ruleVersion, Instant computedAt, List<RankingEntry> entries) {

  /** Copies the entries. */
  public Ranking {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(computedAt, "computedAt");
    entries = List.copyOf(entries);
  }

  /** The contributions in rank order. */
  public List<ContributionId> order() {
    return entries.stream().map(RankingEntry::contribution).toList();
  }

  /** The references in rank order. */
  public List<Reference> references() {
    return entries.stream().map(RankingEntry::reference).toList();
  }
}
