package org.openconsultation.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A consultation's settings, as data. Use {@link #defaults()} and the {@code with…} methods.
 *
 * @param voteMode how people vote
 * @param supportLimit how many contributions one participant may support (supports, approvals or
 *     "for" positions); {@code 0} means no limit
 * @param moderationMode pre- or post-moderation
 * @param autoHideThreshold hide content automatically once this many distinct participants reported
 *     it; {@code 0} turns automatic hiding off
 * @param features the features turned on
 * @param resultsHiddenUntilClose whether tallies and rankings stay hidden from participants while
 *     the consultation is open
 * @param defaultRankingRule the name of the ranking rule used when a query names none
 * @param gradeCount the number of grades of the majority-judgment scale (2 to 10), grade 0 being
 *     the worst
 */
public record ConsultationSettings(
    VoteMode voteMode,
    int supportLimit,
    ModerationMode moderationMode,
    int autoHideThreshold,
    Set<Feature> features,
    boolean resultsHiddenUntilClose,
    String defaultRankingRule,
    int gradeCount) {

  /** The ranking rule used by default, {@code support}: contributions by number of supports. */
  public static final String SUPPORT_RULE = "support";

  /** Checks ranges and copies the feature set. */
  public ConsultationSettings {
    Objects.requireNonNull(voteMode, "voteMode");
    Objects.requireNonNull(moderationMode, "moderationMode");
    Checks.require(supportLimit >= 0, "min", "supportLimit", "must be 0 (no limit) or more");
    Checks.require(autoHideThreshold >= 0, "min", "autoHideThreshold", "must be 0 (off) or more");
    Checks.require(
        gradeCount >= 2 && gradeCount <= 10, "range", "gradeCount", "must be between 2 and 10");
    Checks.text(defaultRankingRule, "defaultRankingRule", 100);
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
  }

  /**
   * Support voting without limit, post-moderation, automatic hiding after 5 reports, every feature
   * on, results visible, ranking by number of supports ({@code support}), a six-grade scale.
   */
  public static ConsultationSettings defaults() {
    return new ConsultationSettings(
        VoteMode.SUPPORT,
        0,
        ModerationMode.POST,
        5,
        EnumSet.allOf(Feature.class),
        false,
        SUPPORT_RULE,
        6);
  }

  /** Whether {@code feature} is turned on. */
  public boolean has(Feature feature) {
    return features.contains(feature);
  }

  /** These settings with another vote mode. */
  public ConsultationSettings withVoteMode(VoteMode mode) {
    return new ConsultationSettings(
        mode,
        supportLimit,
        moderationMode,
        autoHideThreshold,
        features,
        resultsHiddenUntilClose,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with another support limit ({@code 0}: none). */
  public ConsultationSettings withSupportLimit(int limit) {
    return new ConsultationSettings(
        voteMode,
        limit,
        moderationMode,
        autoHideThreshold,
        features,
        resultsHiddenUntilClose,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with another moderation mode. */
  public ConsultationSettings withModerationMode(ModerationMode mode) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        mode,
        autoHideThreshold,
        features,
        resultsHiddenUntilClose,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with another automatic-hiding threshold ({@code 0}: off). */
  public ConsultationSettings withAutoHideThreshold(int threshold) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        moderationMode,
        threshold,
        features,
        resultsHiddenUntilClose,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with exactly these features on. */
  public ConsultationSettings withFeatures(Set<Feature> enabled) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        moderationMode,
        autoHideThreshold,
        enabled,
        resultsHiddenUntilClose,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with results hidden (or not) until close. */
  public ConsultationSettings withResultsHiddenUntilClose(boolean hidden) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        moderationMode,
        autoHideThreshold,
        features,
        hidden,
        defaultRankingRule,
        gradeCount);
  }

  /** These settings with another default ranking rule. */
  public ConsultationSettings withDefaultRankingRule(String rule) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        moderationMode,
        autoHideThreshold,
        features,
        resultsHiddenUntilClose,
        rule,
        gradeCount);
  }

  /** These settings with another majority-judgment scale size. */
  public ConsultationSettings withGradeCount(int grades) {
    return new ConsultationSettings(
        voteMode,
        supportLimit,
        moderationMode,
        autoHideThreshold,
        features,
        resultsHiddenUntilClose,
        defaultRankingRule,
        grades);
  }
}
