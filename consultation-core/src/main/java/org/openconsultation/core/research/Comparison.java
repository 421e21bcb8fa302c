package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ranking.RankingRule;

/**
 * Several rules run on the same votes, compared pairwise by Kendall's τ-b (of their rank orders)
 * and by the overlap of their first k items; for a simulation, each is also compared with the
 * latent truth (τ-b between its ranks and the items' quality, and top-k overlap with the k items of
 * highest quality). Immutable.
 *
 * <p>Rules are labelled by name, or by {@code name@version} when two versions of one rule are
 * compared. Every rule ranks in {@link Dataset#context()}.
 */
public final class Comparison {

  private final int k;
  private final Map<String, List<String>> orders;
  private final @Nullable SimulationResult simulation;

  private Comparison(
      int k, Map<String, List<String>> orders, @Nullable SimulationResult simulation) {
    this.k = k;
    this.orders = orders;
    this.simulation = simulation;
  }

  /** Ranks {@code dataset} with each rule and compares them with top-k overlaps for this k. */
  public static Comparison of(Dataset dataset, List<RankingRule> rules, int k) {
    Objects.requireNonNull(dataset, "dataset");
    return new Comparison(check(k), rank(dataset, rules), null);
  }

  /** Ranks the simulated votes with each rule and compares them, and each with the truth. */
  public static Comparison of(SimulationResult simulation, List<RankingRule> rules, int k) {
    Objects.requireNonNull(simulation, "simulation");
    return new Comparison(check(k), rank(simulation.dataset(), rules), simulation);
  }

  private static int check(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    return k;
  }

  private static Map<String, List<String>> rank(Dataset dataset, List<RankingRule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("no rule to compare");
    }
    Map<String, List<String>> orders = new LinkedHashMap<>();
    for (RankingRule rule : rules) {
      boolean versioned = rules.stream().filter(r -> r.name().equals(rule.name())).count() > 1;
      String label = versioned ? rule.name() + "@" + rule.version() : rule.name();
      if (orders.put(label, dataset.ids(dataset.rank(rule))) != null) {
        throw new IllegalArgumentException("the same rule twice: " + label);
      }
    }
    return Collections.unmodifiableMap(orders);
  }

  /** The labels of the rules, in the order given. */
  public List<String> rules() {
    return List.copyOf(orders.keySet());
  }

  /** The k of the top-k overlaps. */
  public int k() {
    return k;
  }

  /** The item ids as ranked by this rule. */
  public List<String> order(String rule) {
    List<String> order = orders.get(rule);
    if (order == null) {
      throw new IllegalArgumentException("no rule " + rule + " in this comparison");
    }
    return order;
  }

  /** Kendall's τ-b between the orders of two rules. */
  public double tauB(String a, String b) {
    return KendallTau.tauB(order(a), order(b));
  }

  /** The top-k overlap of two rules. */
  public double topK(String a, String b) {
    return TopKOverlap.of(order(a), order(b), k);
  }

  /** τ-b between a rule's ranks and the latent quality; empty unless this is a simulation. */
  public OptionalDouble tauBToTruth(String rule) {
    if (simulation == null) {
      return OptionalDouble.empty();
    }
    List<String> order = order(rule);
    double[] rank = new double[order.size()];
    double[] quality = new double[order.size()];
    for (int p = 0; p < order.size(); p++) {
      rank[p] = -p; // the best rank is the highest value, like the best quality
      quality[p] = simulation.quality(order.get(p));
    }
    return OptionalDouble.of(KendallTau.tauB(rank, quality));
  }

  /** The top-k overlap of a rule and the truth; empty unless this is a simulation. */
  public OptionalDouble topKToTruth(String rule) {
    return simulation == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(TopKOverlap.of(order(rule), simulation.truth(), k));
  }

  /**
   * Two text tables, τ-b then top-k overlap, one row and one column per rule, plus a {@code truth}
   * column for a simulation; values with three decimals, {@code n/a} where undefined.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    section(out, "Kendall τ-b", this::tauB, this::tauBToTruth);
    out.append("\n");
    section(out, "top-" + k + " overlap", this::topK, this::topKToTruth);
    return out.toString();
  }

  private interface Pairwise {
    double of(String a, String b);
  }

  private interface ToTruth {
    OptionalDouble of(String rule);
  }

  private void section(StringBuilder out, String title, Pairwise pairwise, ToTruth truth) {
    List<String> rules = rules();
    int labels = rules.stream().mapToInt(String::length).max().orElse(0);
    String first = "%-" + Math.max(labels, title.length()) + "s";
    String cell = "%" + Math.max(6, labels) + "s";
    List<String> header = new ArrayList<>();
    header.add(String.format(Locale.ROOT, first, title));
    if (simulation != null) {
      header.add(String.format(Locale.ROOT, cell, "truth"));
    }
    rules.forEach(r -> header.add(String.format(Locale.ROOT, cell, r)));
    out.append(String.join("  ", header).stripTrailing()).append("\n");
    for (String a : rules) {
      List<String> row = new ArrayList<>();
      row.add(String.format(Locale.ROOT, first, a));
      if (simulation != null) {
        row.add(String.format(Locale.ROOT, cell, number(truth.of(a).orElse(Double.NaN))));
      }
      for (String b : rules) {
        row.add(String.format(Locale.ROOT, cell, number(pairwise.of(a, b))));
      }
      out.append(String.join("  ", row).stripTrailing()).append("\n");
    }
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
