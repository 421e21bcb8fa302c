package org.openconsultation.core.ranking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;

/** Ranking items built by hand for rule tests: C-1, C-2… with the counts a test needs. */
final class Items {

  static final ThemeId THEME = new ThemeId(new UUID(0, 1));
  static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  /** The clock at {@link #NOW}, default settings (six grades), seed 0. */
  static final RankingContext CONTEXT = new RankingContext(NOW, ConsultationSettings.defaults());

  private Items() {}

  /** The id of reference {@code number}. */
  static ContributionId id(long number) {
    return new ContributionId(new UUID(7, number));
  }

  /** An individual contribution with supports and oppositions, submitted a day before NOW. */
  static RankingItem votes(long reference, long supports, long oppositions) {
    return item(
        reference,
        ContributionKind.INDIVIDUAL,
        NOW.minus(Duration.ofDays(1)),
        0,
        new Tally(id(reference), supports, oppositions, 0, List.of()),
        0);
  }

  /** An individual contribution with a grade histogram, index 0 the worst grade. */
  static RankingItem grades(long reference, long... counts) {
    List<Long> grades = new ArrayList<>();
    for (long c : counts) {
      grades.add(c);
    }
    return item(
        reference,
        ContributionKind.INDIVIDUAL,
        NOW.minus(Duration.ofDays(1)),
        0,
        new Tally(id(reference), 0, 0, 0, grades),
        0);
  }

  /** A contribution of any kind. */
  static RankingItem item(
      long reference,
      ContributionKind kind,
      Instant submittedAt,
      int attendees,
      Tally tally,
      long comments) {
    return new RankingItem(
        id(reference),
        new Reference(reference),
        kind,
        THEME,
        null,
        submittedAt,
        attendees,
        tally,
        comments);
  }

  /** The references of the entries, as text, in rank order. */
  static List<String> references(List<RankingEntry> entries) {
    return entries.stream().map(e -> e.reference().toString()).toList();
  }

  /** The rank of a contribution in the entries. */
  static int rankOf(List<RankingEntry> entries, ContributionId id) {
    return entries.stream()
        .filter(e -> e.contribution().equals(id))
        .findFirst()
        .orElseThrow()
        .rank();
  }

  /** The entry of a reference. */
  static RankingEntry entry(List<RankingEntry> entries, long reference) {
    return entries.stream()
        .filter(e -> e.reference().number() == reference)
        .findFirst()
        .orElseThrow();
  }
}
