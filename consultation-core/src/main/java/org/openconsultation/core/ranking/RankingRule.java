package org.openconsultation.core.ranking;

import java.util.List;
import java.util.Map;

/**
 * Turns contributions' tallies into an order. Rules are named, versioned and deterministic: the
 * same items and context always give the same entries, whatever the order of the items; equal
 * scores are broken by a documented order, never by chance, and the last tie-break of every
 * built-in rule is the lower reference number (the earlier submission).
 *
 * <p>Implementations must be immutable and thread-safe. The built-in rules are described, with
 * their formulas and worked examples, in {@code docs/ranking.md}.
 */
public interface RankingRule {

  /** The rule's name, for example {@code support}: lower-case letters, digits, hyphens. */
  String name();

  /** The rule's version; a change that may alter any order gets a new version. */
  int version();

  /** One line on what the rule does, with its tie-break. */
  String description();

  /**
   * The rule's parameters by name, as text ({@code confidence=0.95}); with the name and the
   * version, enough to compute the same order again. Empty for rules without parameters.
   */
  default Map<String, String> parameters() {
    return Map.of();
  }

  /**
   * Whether the order depends on ballots. A ranking by a rule that does not (most recent, shuffle,
   * most commented) reveals no result, so the engine serves it even while results are hidden until
   * close. True unless a rule overrides it.
   */
  default boolean readsBallots() {
    return true;
  }

  /** Ranks the items; the result has one entry per item, ranks 1 to {@code items.size()}. */
  List<RankingEntry> rank(List<RankingItem> items, RankingContext context);
}
