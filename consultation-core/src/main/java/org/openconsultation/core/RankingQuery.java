package org.openconsultation.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.ranking.CollectiveWeighting;

/**
 * What to rank: the published contributions of a consultation, optionally of one theme, kind or
 * territory, by a named rule (the consultation's default when none is named), with collective
 * contributions counted as cast or weighted.
 *
 * @param consultation the consultation
 * @param theme only this theme, or null
 * @param kind only this kind, or null
 * @param territory only this territory code, or null
 * @param rule the rule's name, or null for the consultation's default
 * @param collective how collective contributions are weighted; {@link CollectiveWeighting#none()}
 *     by default
 */
public record RankingQuery(
    ConsultationId consultation,
    @Nullable ThemeId theme,
    @Nullable ContributionKind kind,
    @Nullable String territory,
    @Nullable String rule,
    CollectiveWeighting collective) {

  /** Checks the consultation and the weighting are present. */
  public RankingQuery {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(collective, "collective");
  }

  /** Every published contribution of the consultation, by its default rule, as cast. */
  public static RankingQuery of(ConsultationId consultation) {
    return new RankingQuery(consultation, null, null, null, null, CollectiveWeighting.none());
  }

  /** This query restricted to a theme. */
  public RankingQuery theme(@Nullable ThemeId value) {
    return new RankingQuery(consultation, value, kind, territory, rule, collective);
  }

  /** This query restricted to a kind. */
  public RankingQuery kind(@Nullable ContributionKind value) {
    return new RankingQuery(consultation, theme, value, territory, rule, collective);
  }

  /** This query restricted to a territory. */
  public RankingQuery territory(@Nullable String value) {
    return new RankingQuery(consultation, theme, kind, value, rule, collective);
  }

  /** This query with a named rule. */
  public RankingQuery rule(@Nullable String value) {
    return new RankingQuery(consultation, theme, kind, territory, value, collective);
  }

  /** This query with collective contributions weighted, for example by their attendees. */
  public RankingQuery collective(CollectiveWeighting value) {
    return new RankingQuery(consultation, theme, kind, territory, rule, value);
  }
}
