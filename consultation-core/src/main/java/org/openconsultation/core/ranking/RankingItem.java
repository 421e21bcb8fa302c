package org.openconsultation.core.ranking;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.ThemeId;

/**
 * What a rule knows of one contribution.
 *
 * @param contribution the contribution
 * @param reference its reference; lower numbers were submitted earlier
 * @param kind individual, collective or institutional
 * @param theme its theme
 * @param territory its territory code, or null
 * @param submittedAt when it was submitted
 * @param attendeeCount for a collective contribution, how many attendees it speaks for; else 0
 * @param tally its ballots
 * @param comments how many published comments it has
 */
public record RankingItem(
    ContributionId contribution,
    Reference reference,
    ContributionKind kind,
    ThemeId theme,
    @Nullable String territory,
    Instant submittedAt,
    int attendeeCount,
    Tally tally,
    long comments) {

  /** Checks that no required component is null and the tally is this contribution's. */
  public RankingItem {
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(tally, "tally");
    if (comments < 0) {
      throw new IllegalArgumentException("comments must not be negative");
    }
    if (!tally.contributionId().equals(contribution)) {
      throw new IllegalArgumentException("the tally of another contribution");
    }
  }

  /** The item for a contribution, its tally and its number of published comments. */
  public static RankingItem of(Contribution contribution, Tally tally, long comments) {
    int attendees =
        contribution.provenance() instanceof Provenance.Collective c ? c.attendeeCount() : 0;
    return new RankingItem(
        contribution.id(),
        contribution.reference(),
        contribution.kind(),
        contribution.themeId(),
        contribution.territory(),
        contribution.submittedAt(),
        attendees,
        tally,
        comments);
  }
}
