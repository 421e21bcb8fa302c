package org.openconsultation.core.memory;

import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.core.spi.ContributionFilter;

/** Decides whether a contribution passes a {@link ContributionFilter}. */
final class ContributionMatcher {

  private ContributionMatcher() {}

  /** Whether {@code contribution} meets every criterion of {@code filter}. */
  static boolean matches(ContributionFilter filter, Contribution contribution) {
    return filter.statuses().contains(contribution.status())
        && wanted(filter.theme(), contribution.themeId())
        && wanted(filter.kind(), contribution.kind())
        && wanted(filter.territory(), contribution.territory())
        && wanted(filter.workshop(), workshopOf(contribution))
        && wanted(filter.author(), contribution.author());
  }

  /** A null criterion matches everything. */
  private static boolean wanted(@Nullable Object criterion, @Nullable Object value) {
    return criterion == null || criterion.equals(value);
  }

  private static @Nullable WorkshopId workshopOf(Contribution contribution) {
    return contribution.provenance() instanceof Provenance.Collective collective
        ? collective.workshop()
        : null;
  }
}
