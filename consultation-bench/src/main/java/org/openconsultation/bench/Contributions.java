package org.openconsultation.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.ranking.RankingItem;

/**
 * Seeded, realistic ranking items for a large consultation: a few contributions gather most of the
 * ballots (log-normal popularity: with the seed of {@link RankingBenchmark}, 41% of 100,000 items
 * have no ballot and the busiest has 928), each with its own approval rate and perceived quality,
 * submitted over six weeks in reference order, as stores hand them to rules.
 *
 * <p>Every item carries both supports and oppositions and a majority-judgment histogram over {@link
 * #GRADES} grades, so that every rule has something to read; a real consultation has one vote mode.
 */
final class Contributions {

  /** The grades of the majority-judgment scale. */
  static final int GRADES = 6;

  /** How long the consultation has been open when it is ranked. */
  static final Duration OPEN = Duration.ofDays(42);

  /** When the consultation opened. */
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  /** When the items are ranked: the end of the six weeks. */
  static final Instant NOW = START.plus(OPEN);

  private static final int THEMES = 12;
  private static final List<String> TERRITORIES = List.of("75056", "69123", "13055", "31555");

  private Contributions() {}

  /** {@code count} items, the same for the same seed. */
  static List<RankingItem> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ThemeId> themes = new ArrayList<>(THEMES);
    for (int t = 0; t < THEMES; t++) {
      themes.add(new ThemeId(uuid(random)));
    }
    long[] offsets = new long[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = random.nextLong(OPEN.toSeconds());
    }
    Arrays.sort(offsets); // references are allocated in order of submission
    List<RankingItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ContributionId id = new ContributionId(uuid(random));
      double kindDraw = random.nextDouble();
      ContributionKind kind =
          kindDraw < 0.05
              ? ContributionKind.COLLECTIVE
              : kindDraw < 0.08 ? ContributionKind.INSTITUTIONAL : ContributionKind.INDIVIDUAL;
      items.add(
          new RankingItem(
              id,
              new Reference(i + 1L),
              kind,
              themes.get(random.nextInt(THEMES)),
              random.nextInt(3) == 0 ? null : TERRITORIES.get(random.nextInt(TERRITORIES.size())),
              START.plusSeconds(offsets[i]),
              kind == ContributionKind.COLLECTIVE ? 5 + random.nextInt(36) : 0,
              tally(id, random),
              popularity(random, 0.2, 0.9)));
    }
    return items;
  }

  private static Tally tally(ContributionId id, SplittableRandom random) {
    long ballots = popularity(random, 1.0, 1.3);
    double approval = random.nextDouble();
    double neutralShare = 0.1 * random.nextDouble();
    long neutrals = Math.round(ballots * neutralShare);
    long supports = Math.round((ballots - neutrals) * approval);
    long oppositions = ballots - neutrals - supports;
    List<Long> grades = new ArrayList<>(GRADES);
    for (int g = 0; g < GRADES; g++) {
      grades.add(0L);
    }
    long graders = popularity(random, 1.0, 1.3);
    double quality = random.nextDouble() * (GRADES - 1);
    for (long k = 0; k < graders; k++) {
      int grade = (int) Math.round(quality + 1.2 * random.nextGaussian());
      grade = Math.max(0, Math.min(GRADES - 1, grade));
      grades.set(grade, grades.get(grade) + 1);
    }
    return new Tally(id, supports, oppositions, neutrals, grades);
  }

  /** A heavy-tailed count: ⌊exp(μ + σ·N(0, 1))⌋ − 1, at least 0. */
  private static long popularity(SplittableRandom random, double mu, double sigma) {
    return Math.max(0, (long) Math.exp(mu + sigma * random.nextGaussian()) - 1);
  }

  private static UUID uuid(SplittableRandom random) {
    return new UUID(random.nextLong(), random.nextLong());
  }
}
