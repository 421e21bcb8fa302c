package org.openconsultation.core.ranking;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable registry of ranking rules by name and version. {@link #standard()} holds the
 * built-in rules with their default parameters; {@link #with(RankingRule)} adds one and {@link
 * #replacing(RankingRule)} swaps one, for example for a Wilson bound at another confidence.
 */
public final class RankingRules {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, RankingRule> byKey;

  private RankingRules(Map<String, RankingRule> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** A registry without any rule. */
  public static RankingRules empty() {
    return new RankingRules(Map.of());
  }

  /**
   * The built-in rules, version 1 each, with their default parameters: {@code support}, {@code
   * net}, {@code wilson} (95% confidence), {@code bayesian} (prior 0.5 worth 10 ballots), {@code
   * controversy}, {@code hot} (half-life one day), {@code majority-judgment}, {@code
   * typical-judgment}, {@code usual-judgment}, {@code central-judgment}, {@code most-commented},
   * {@code recent} and {@code shuffle}.
   */
  public static RankingRules standard() {
    return empty()
        .with(new SupportCountRule())
        .with(new NetScoreRule())
        .with(new WilsonRule())
        .with(new BayesianAverageRule())
        .with(new ControversyRule())
        .with(new HotRule())
        .with(new MajorityJudgmentRule())
        .with(new TypicalJudgmentRule())
        .with(new UsualJudgmentRule())
        .with(new CentralJudgmentRule())
        .with(new MostCommentedRule())
        .with(new MostRecentRule())
        .with(new ShuffleRule());
  }

  /**
   * This registry plus {@code rule}; throws {@link IllegalArgumentException} if its name is not
   * lower-case words joined by hyphens, or if that name and version are already registered.
   */
  public RankingRules with(RankingRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (!NAME.matcher(rule.name()).matches() || rule.version() < 1) {
      throw new IllegalArgumentException("bad rule name or version: " + rule.name());
    }
    String key = key(rule.name(), rule.version());
    if (byKey.containsKey(key)) {
      throw new IllegalArgumentException("already registered: " + key);
    }
    Map<String, RankingRule> next = new LinkedHashMap<>(byKey);
    next.put(key, rule);
    return new RankingRules(next);
  }

  /**
   * This registry with {@code rule} in place of the rule of the same name and version, or added if
   * there is none; the name is checked as by {@link #with(RankingRule)}.
   */
  public RankingRules replacing(RankingRule rule) {
    Objects.requireNonNull(rule, "rule");
    Map<String, RankingRule> rest = new LinkedHashMap<>(byKey);
    rest.remove(key(rule.name(), rule.version()));
    return new RankingRules(rest).with(rule);
  }

  /** The latest version of the rule with this name. */
  public Optional<RankingRule> find(String name) {
    return byKey.values().stream()
        .filter(r -> r.name().equals(name))
        .max(Comparator.comparingInt(RankingRule::version));
  }

  /** The rule with this name and version. */
  public Optional<RankingRule> find(String name, int version) {
    return Optional.ofNullable(byKey.get(key(name, version)));
  }

  /** Every registered rule, by name then version. */
  public List<RankingRule> all() {
    Collection<RankingRule> rules = byKey.values();
    return rules.stream()
        .sorted(Comparator.comparing(RankingRule::name).thenComparingInt(RankingRule::version))
        .toList();
  }

  private static String key(String name, int version) {
    return name + "@" + version;
  }
}
