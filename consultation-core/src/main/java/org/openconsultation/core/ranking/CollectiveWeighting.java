package org.openconsultation.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;

/**
 * How a ranking counts the ballots of collective contributions (a workshop's), which gather few
 * online votes although they speak for everyone in the room. Individual and institutional
 * contributions are never changed. Apply one to a rule with {@link WeightedRule#of}; to rank each
 * kind of contribution on its own instead, see {@link StratifiedRanking}.
 *
 * <ul>
 *   <li>{@link #none()}: ballots count as cast.
 *   <li>{@link #attendees()}: each attendee the contribution speaks for counts as one more support
 *       ({@code supports + attendeeCount}); oppositions, neutral votes and grades are unchanged.
 *   <li>{@link #factor(double)}: every count of the tally (supports, oppositions, neutral votes,
 *       each grade) is multiplied by the factor and rounded half up.
 * </ul>
 *
 * <p>Immutable values; equal when they weight the same way.
 */
public final class CollectiveWeighting {

  private static final CollectiveWeighting NONE = new CollectiveWeighting(Kind.NONE, 1);
  private static final CollectiveWeighting ATTENDEES = new CollectiveWeighting(Kind.ATTENDEES, 1);

  private enum Kind {
    NONE,
    ATTENDEES,
    FACTOR
  }

  private final Kind kind;
  private final double factor;

  private CollectiveWeighting(Kind kind, double factor) {
    this.kind = kind;
    this.factor = factor;
  }

  /** Ballots count as cast. */
  public static CollectiveWeighting none() {
    return NONE;
  }

  /** Each attendee a collective contribution speaks for counts as one support. */
  public static CollectiveWeighting attendees() {
    return ATTENDEES;
  }

  /** A collective contribution's ballots count {@code factor} times (positive and finite). */
  public static CollectiveWeighting factor(double factor) {
    if (!(factor > 0 && Double.isFinite(factor))) {
      throw new IllegalArgumentException("the factor must be positive and finite");
    }
    return new CollectiveWeighting(Kind.FACTOR, factor);
  }

  /** Whether this weighting changes nothing. */
  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /** The item as this weighting counts it: itself unless it is a collective contribution. */
  public RankingItem apply(RankingItem item) {
    Objects.requireNonNull(item, "item");
    if (kind == Kind.NONE || item.kind() != ContributionKind.COLLECTIVE) {
      return item;
    }
    Tally t = item.tally();
    Tally weighted =
        kind == Kind.ATTENDEES
            ? new Tally(
                t.contributionId(),
                t.supports() + item.attendeeCount(),
                t.oppositions(),
                t.neutrals(),
                t.grades())
            : new Tally(
                t.contributionId(),
                scale(t.supports()),
                scale(t.oppositions()),
                scale(t.neutrals()),
                scaled(t.grades()));
    return new RankingItem(
        item.contribution(),
        item.reference(),
        item.kind(),
        item.theme(),
        item.territory(),
        item.submittedAt(),
        item.attendeeCount(),
        weighted,
        item.comments());
  }

  /**
   * The note added to a weighted item's explanation, for example {@code "collective: +12 attendees
   * as supports"}; empty if the item is not changed.
   */
  String note(RankingItem item) {
    if (kind == Kind.NONE || item.kind() != ContributionKind.COLLECTIVE) {
      return "";
    }
    return kind == Kind.ATTENDEES
        ? "collective: +" + item.attendeeCount() + " attendees as supports"
        : "collective: ballots × " + Explain.plain(factor);
  }

  private long scale(long count) {
    return Math.round(count * factor);
  }

  private List<Long> scaled(List<Long> grades) {
    List<Long> out = new ArrayList<>(grades.size());
    grades.forEach(g -> out.add(scale(g)));
    return out;
  }

  /** {@code none}, {@code attendees} or {@code factor(1.5)}. */
  @Override
  public String toString() {
    return kind == Kind.FACTOR
        ? "factor(" + Explain.plain(factor) + ")"
        : kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CollectiveWeighting w
        && w.kind == kind
        && Double.compare(w.factor, factor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, factor);
  }
}
