package org.openconsultation.core.ranking;

import java.util.List;

/**
 * Turns contributions' tallies into an order. Rules are named, versioned and deterministic: the
 * same items and context always give the same entries, whatever the order of the items; equal
 * scores are broken by a documented order, never by chance.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface RankingRule {

  /** The rule's name, for example {@code support-count}: lower-case letters, digits, hyphens. */
  String name();

  /** The rule's version; a change that may alter any order gets a new version. */
  int version();

  /** One line on what the rule does, with its tie-break. */
  String description();

  /** Ranks the items; the result has one entry per item, ranks 1 to {@code items.size()}. */
  List<RankingEntry> rank(List<RankingItem> items, RankingContext context);
}
