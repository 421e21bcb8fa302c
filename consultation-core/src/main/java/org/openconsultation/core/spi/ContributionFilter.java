package org.openconsultation.core.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * Which contributions of a consultation to list; a null criterion matches everything.
 *
 * @param theme only this theme
 * @param kind only this kind
 * @param territory only this territory code
 * @param workshop only collective contributions of this workshop
 * @param author only this author
 * @param statuses only these statuses (never empty)
 */
public record ContributionFilter(
    @Nullable ThemeId theme,
    @Nullable ContributionKind kind,
    @Nullable String territory,
    @Nullable WorkshopId workshop,
    @Nullable ParticipantId author,
    Set<PublicationStatus> statuses) {

  /** Copies the statuses; at least one is required. */
  public ContributionFilter {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("at least one status");
    }
    statuses = Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Every contribution, whatever its status. */
  public static ContributionFilter all() {
    return new ContributionFilter(
        null, null, null, null, null, EnumSet.allOf(PublicationStatus.class));
  }

  /** Published contributions only. */
  public static ContributionFilter published() {
    return all().withStatuses(EnumSet.of(PublicationStatus.PUBLISHED));
  }

  /** This filter restricted to a theme. */
  public ContributionFilter withTheme(@Nullable ThemeId value) {
    return new ContributionFilter(value, kind, territory, workshop, author, statuses);
  }

  /** This filter restricted to a kind. */
  public ContributionFilter withKind(@Nullable ContributionKind value) {
    return new ContributionFilter(theme, value, territory, workshop, author, statuses);
  }

  /** This filter restricted to a territory. */
  public ContributionFilter withTerritory(@Nullable String value) {
    return new ContributionFilter(theme, kind, value, workshop, author, statuses);
  }

  /** This filter restricted to a workshop's collective contributions. */
  public ContributionFilter withWorkshop(@Nullable WorkshopId value) {
    return new ContributionFilter(theme, kind, territory, value, author, statuses);
  }

  /** This filter restricted to an author. */
  public ContributionFilter withAuthor(@Nullable ParticipantId value) {
    return new ContributionFilter(theme, kind, territory, workshop, value, statuses);
  }

  /** This filter restricted to some statuses. */
  public ContributionFilter withStatuses(Set<PublicationStatus> value) {
    return new ContributionFilter(theme, kind, territory, workshop, author, value);
  }
}
