package org.openconsultation.core.research;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.SupportCountRule;

/**
 * The parameters of a {@link Simulation}; build one with {@link #builder()}, which starts from the
 * defaults listed with each method of {@link Builder}. The model is described on {@link
 * Simulation}.
 *
 * @param seed the seed: the same configuration always gives the same result
 * @param voters how many voters arrive
 * @param items how many items are submitted
 * @param start when the consultation opens
 * @param duration how long it stays open
 * @param itemWindow the share of the duration over which items are submitted, 0 (all at start) to 1
 * @param arrivalDecay how front-loaded voter arrivals are: arrival density ∝ e^(−decay·t/duration),
 *     0 for uniform arrivals
 * @param qualityMean the mean of the items' latent quality (normally distributed)
 * @param qualitySpread its standard deviation
 * @param noise the standard deviation of each voter's own taste for each item
 * @param positionBias b in the probability 1/(1+p)^b that a voter examines the item shown at
 *     position p (from 0); 0 means every item is examined
 * @param herding how much the visible share of favourable ballots sways a voter's opinion
 * @param voteMode how voters vote: support, approval, for/against/neutral or a grade
 * @param gradeCount the number of grades when voting by grade, 2 to 10
 * @param display the rule that orders the list shown to each arriving voter
 */
public record SimulationConfig(
    long seed,
    int voters,
    int items,
    Instant start,
    Duration duration,
    double itemWindow,
    double arrivalDecay,
    double qualityMean,
    double qualitySpread,
    double noise,
    double positionBias,
    double herding,
    VoteMode voteMode,
    int gradeCount,
    RankingRule display) {

  /** Checks every parameter's range. */
  public SimulationConfig {
    check(voters >= 1, "voters must be at least 1");
    check(items >= 1, "items must be at least 1");
    Objects.requireNonNull(start, "start");
    check(duration.toMillis() >= 1, "duration must be at least a millisecond");
    check(itemWindow >= 0 && itemWindow <= 1, "itemWindow must be between 0 and 1");
    check(finite(arrivalDecay) && arrivalDecay >= 0, "arrivalDecay must be 0 or more");
    check(finite(qualityMean), "qualityMean must be finite");
    check(finite(qualitySpread) && qualitySpread >= 0, "qualitySpread must be 0 or more");
    check(finite(noise) && noise >= 0, "noise must be 0 or more");
    check(finite(positionBias) && positionBias >= 0, "positionBias must be 0 or more");
    check(finite(herding) && herding >= 0, "herding must be 0 or more");
    Objects.requireNonNull(voteMode, "voteMode");
    check(gradeCount >= 2 && gradeCount <= Ballot.MAX_GRADES, "gradeCount must be 2 to 10");
    Objects.requireNonNull(display, "display");
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.seed = seed;
    b.voters = voters;
    b.items = items;
    b.start = start;
    b.duration = duration;
    b.itemWindow = itemWindow;
    b.arrivalDecay = arrivalDecay;
    b.qualityMean = qualityMean;
    b.qualitySpread = qualitySpread;
    b.noise = noise;
    b.positionBias = positionBias;
    b.herding = herding;
    b.voteMode = voteMode;
    b.gradeCount = gradeCount;
    b.display = display;
    return b;
  }

  private static boolean finite(double value) {
    return Double.isFinite(value);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Sets parameters one by one; each setter checks its argument. Not thread-safe.
   *
   * <p>Defaults: seed 1, 500 voters, 40 items, opening 2026-01-01T00:00:00Z for 30 days, items
   * submitted over the first half, uniform arrivals, quality N(0, 1), noise 1, position bias 1,
   * herding 0.5, for/against/neutral ballots, 6 grades, the list shown by support count.
   */
  public static final class Builder {

    private long seed = 1;
    private int voters = 500;
    private int items = 40;
    private Instant start = Instant.parse("2026-01-01T00:00:00Z");
    private Duration duration = Duration.ofDays(30);
    private double itemWindow = 0.5;
    private double arrivalDecay = 0;
    private double qualityMean = 0;
    private double qualitySpread = 1;
    private double noise = 1;
    private double positionBias = 1;
    private double herding = 0.5;
    private VoteMode voteMode = VoteMode.FOR_AGAINST;
    private int gradeCount = 6;
    private RankingRule display = new SupportCountRule();

    private Builder() {}

    /** The seed (default 1). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** How many voters arrive (default 500). */
    public Builder voters(int value) {
      check(value >= 1, "voters must be at least 1");
      this.voters = value;
      return this;
    }

    /** How many items are submitted (default 40). */
    public Builder items(int value) {
      check(value >= 1, "items must be at least 1");
      this.items = value;
      return this;
    }

    /** When the consultation opens (default 2026-01-01T00:00:00Z). */
    public Builder start(Instant value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /** How long it stays open (default 30 days). */
    public Builder duration(Duration value) {
      check(value.toMillis() >= 1, "duration must be at least a millisecond");
      this.duration = value;
      return this;
    }

    /** The share of the duration over which items are submitted, 0 to 1 (default 0.5). */
    public Builder itemWindow(double value) {
      check(value >= 0 && value <= 1, "itemWindow must be between 0 and 1");
      this.itemWindow = value;
      return this;
    }

    /** How front-loaded voter arrivals are, 0 for uniform (default 0). */
    public Builder arrivalDecay(double value) {
      check(finite(value) && value >= 0, "arrivalDecay must be 0 or more");
      this.arrivalDecay = value;
      return this;
    }

    /** The latent quality distribution: normal with this mean and spread (default 0 and 1). */
    public Builder quality(double mean, double spread) {
      check(finite(mean), "qualityMean must be finite");
      check(finite(spread) && spread >= 0, "qualitySpread must be 0 or more");
      this.qualityMean = mean;
      this.qualitySpread = spread;
      return this;
    }

    /** The standard deviation of each voter's own taste (default 1). */
    public Builder noise(double value) {
      check(finite(value) && value >= 0, "noise must be 0 or more");
      this.noise = value;
      return this;
    }

    /** The position-bias exponent b (default 1). */
    public Builder positionBias(double value) {
      check(finite(value) && value >= 0, "positionBias must be 0 or more");
      this.positionBias = value;
      return this;
    }

    /** The herding strength (default 0.5). */
    public Builder herding(double value) {
      check(finite(value) && value >= 0, "herding must be 0 or more");
      this.herding = value;
      return this;
    }

    /** How voters vote (default {@link VoteMode#FOR_AGAINST}). */
    public Builder voteMode(VoteMode value) {
      this.voteMode = Objects.requireNonNull(value, "voteMode");
      return this;
    }

    /** The number of grades when voting by grade, 2 to 10 (default 6). */
    public Builder gradeCount(int value) {
      check(value >= 2 && value <= Ballot.MAX_GRADES, "gradeCount must be 2 to 10");
      this.gradeCount = value;
      return this;
    }

    /** The rule that orders the list each voter sees (default: support count). */
    public Builder display(RankingRule value) {
      this.display = Objects.requireNonNull(value, "display");
      return this;
    }

    /** The configuration. */
    public SimulationConfig build() {
      return new SimulationConfig(
          seed,
          voters,
          items,
          start,
          duration,
          itemWindow,
          arrivalDecay,
          qualityMean,
          qualitySpread,
          noise,
          positionBias,
          herding,
          voteMode,
          gradeCount,
          display);
    }
  }
}
