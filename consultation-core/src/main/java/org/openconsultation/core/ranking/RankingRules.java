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
 * built-in rules; {@link #with(RankingRule)} adds one.
 */
public final class RankingRules {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, RankingRule> byKey;

  private RankingRules(Map<String, RankingRule> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The built-in rules. */
  public static RankingRules standard() {
    return new RankingRules(Map.of()).with(new SupportCountRule());
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
