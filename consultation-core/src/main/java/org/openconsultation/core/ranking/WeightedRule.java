package org.openconsultation.core.ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.openconsultation.core.model.ContributionId;

/**
 * A rule applied to items whose collective contributions are weighted by a {@link
 * CollectiveWeighting}. It keeps the rule's name and version (the weighting is reported in {@link
 * #parameters()} under {@code collective}, and in the explanation of each weighted entry), so it is
 * composed per query rather than registered.
 */
public final class WeightedRule implements RankingRule {

  private final RankingRule rule;
  private final CollectiveWeighting weighting;

  private WeightedRule(RankingRule rule, CollectiveWeighting weighting) {
    this.rule = rule;
    this.weighting = weighting;
  }

  /** {@code rule} with {@code weighting}; {@code rule} itself when the weighting is none. */
  public static RankingRule of(RankingRule rule, CollectiveWeighting weighting) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(weighting, "weighting");
    return weighting.isNone() ? rule : new WeightedRule(rule, weighting);
  }

  /** The rule applied. */
  public RankingRule rule() {
    return rule;
  }

  /** The weighting of collective contributions. */
  public CollectiveWeighting weighting() {
    return weighting;
  }

  @Override
  public String name() {
    return rule.name();
  }

  @Override
  public int version() {
    return rule.version();
  }

  @Override
  public String description() {
    return rule.description() + " Collective contributions weighted: " + weighting + ".";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> all = new TreeMap<>(rule.parameters());
    all.put("collective", weighting.toString());
    return Map.copyOf(all);
  }

  @Override
  public boolean readsBallots() {
    return rule.readsBallots();
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    Map<ContributionId, String> notes = new LinkedHashMap<>();
    List<RankingItem> weighted =
        items.stream()
            .map(
                i -> {
                  String note = weighting.note(i);
                  if (!note.isEmpty()) {
                    notes.put(i.contribution(), note);
                  }
                  return weighting.apply(i);
                })
            .toList();
    return rule.rank(weighted, context).stream()
        .map(
            e -> {
              String note = notes.get(e.contribution());
              return note == null
                  ? e
                  : new RankingEntry(
                      e.rank(),
                      e.contribution(),
                      e.reference(),
                      e.score(),
                      e.explanation() + " (" + note + ")");
            })
        .toList();
  }
}
