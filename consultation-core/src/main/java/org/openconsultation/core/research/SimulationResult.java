package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Simulation} produced: the votes, as a {@link Dataset}, and the items' latent
 * quality, the truth that rules try to recover.
 *
 * @param config the configuration that produced it
 * @param dataset the items (ids {@code i1}, {@code i2}… in order of submission) and ballots (voters
 *     {@code v1}, {@code v2}… in order of arrival)
 * @param quality the latent quality of each item, in the order of {@code dataset.items()}
 */
public record SimulationResult(SimulationConfig config, Dataset dataset, List<Double> quality) {

  /** Copies the qualities and checks there is one per item. */
  public SimulationResult {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(dataset, "dataset");
    quality = List.copyOf(quality);
    if (quality.size() != dataset.items().size()) {
      throw new IllegalArgumentException("one quality per item");
    }
  }

  /** The latent quality of the item with this id. */
  public double quality(String id) {
    for (int i = 0; i < quality.size(); i++) {
      if (dataset.items().get(i).id().equals(id)) {
        return quality.get(i);
      }
    }
    throw new IllegalArgumentException("no item " + id);
  }

  /** The item ids from the highest latent quality to the lowest (equal: input order). */
  public List<String> truth() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < quality.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> quality.get(i)).reversed());
    return order.stream().map(i -> dataset.items().get(i).id()).toList();
  }
}
