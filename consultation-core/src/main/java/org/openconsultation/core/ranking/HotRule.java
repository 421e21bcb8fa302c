package org.openconsultation.core.ranking;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Time-decayed net support, {@code hot} version 1: the net score halves every half-life since the
 * contribution was submitted. With {@code s} supports, {@code o} oppositions, {@code age} the time
 * from submission to {@link RankingContext#now()} (the engine's clock; 0 if the submission looks
 * later) and half-life {@code h}:
 *
 * <pre>{@code
 * score = (s − o) × 2^(−age / h)
 * }</pre>
 *
 * <p>The score has the sign of the net score and its magnitude never exceeds it. Ties: the later
 * submission first, then the lower reference number. One more support never lowers a contribution's
 * rank. The decay applies to the whole net score, not to each ballot by its own date: a
 * contribution that was popular long ago fades even if its supports were recent.
 */
public final class HotRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "hot";

  /** The half-life by default. */
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(1);

  private static final Comparator<Row> ORDER =
      Comparator.comparingDouble(Row::score).thenComparing(r -> r.item().submittedAt()).reversed();

  private final Duration halfLife;

  /** With a half-life of one day. */
  public HotRule() {
    this(DEFAULT_HALF_LIFE);
  }

  /** With the given half-life, which must be positive. */
  public HotRule(Duration halfLife) {
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("the half-life must be positive");
    }
    this.halfLife = halfLife;
  }

  /** The half-life. */
  public Duration halfLife() {
    return halfLife;
  }

  /** The hot score at {@code now} of a contribution submitted at {@code submittedAt}. */
  public double score(long supports, long oppositions, Instant submittedAt, Instant now) {
    return (supports - oppositions) * Math.pow(2, -hours(age(submittedAt, now)) / hours(halfLife));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String description() {
    return "Supports minus oppositions, halved every "
        + halfLife
        + " since submission; ties: later submission, then lower reference.";
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("halfLife", halfLife.toString());
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<Row> rows =
        items.stream()
            .map(
                i ->
                    new Row(
                        i,
                        score(
                            i.tally().supports(),
                            i.tally().oppositions(),
                            i.submittedAt(),
                            context.now())))
            .toList();
    String halfLifeHours = Explain.plain(hours(halfLife));
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        Row::score,
        r ->
            Explain.votes(r.item().tally().supports(), r.item().tally().oppositions())
                + ", "
                + Explain.decimal(hours(age(r.item().submittedAt(), context.now())))
                + " h old, half-life "
                + halfLifeHours
                + " h: hot "
                + Explain.decimal(r.score()));
  }

  private static Duration age(Instant submittedAt, Instant now) {
    Duration age = Duration.between(submittedAt, now);
    return age.isNegative() ? Duration.ZERO : age;
  }

  private static double hours(Duration d) {
    return (d.getSeconds() + d.getNano() / 1e9) / 3600;
  }

  private record Row(RankingItem item, double score) {}
}
