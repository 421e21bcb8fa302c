package org.openconsultation.examples.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.openconsultation.core.model.ParticipantId;

/**
 * Who registers, when, and how active each one is afterwards: their zeal weighs how often they
 * write, comment and support (0 for those who register and never come back).
 */
final class Members {

  private final List<DemoPerson> all = new ArrayList<>();
  private final Map<ParticipantId, Instant> joined = new HashMap<>();
  private final Map<ParticipantId, Double> zeal = new HashMap<>();

  /** Adds a member who registers at {@code at}; an id may register only once. */
  void add(DemoPerson person, Instant at, double zealValue) {
    if (joined.putIfAbsent(person.id(), at) != null) {
      throw new IllegalArgumentException("registered twice: " + person.id());
    }
    all.add(person);
    zeal.put(person.id(), zealValue);
  }

  /** Every member, in the order added. */
  List<DemoPerson> all() {
    return List.copyOf(all);
  }

  /** When {@code person} registers. */
  Instant joined(DemoPerson person) {
    return Objects.requireNonNull(joined.get(person.id()), person.id()::toString);
  }

  /** The first minute {@code person} can act: after registering, once the consultation is open. */
  Instant start(DemoPerson person) {
    Instant j = joined(person);
    return (j.isAfter(Calendar.OPENING) ? j : Calendar.OPENING).plusSeconds(60);
  }

  /** How active {@code person} is. */
  double zeal(DemoPerson person) {
    return zeal.getOrDefault(person.id(), 0.0);
  }

  /** Every registration as a step. */
  List<Step> joins() {
    List<Step> steps = new ArrayList<>();
    all.forEach(p -> steps.add(new Step.Join(joined(p), p)));
    return steps;
  }

  /** One of {@code among}, drawn with their zeal as weights. */
  DemoPerson pick(SplittableRandom rng, List<DemoPerson> among) {
    double total = among.stream().mapToDouble(this::zeal).sum();
    double u = rng.nextDouble() * total;
    for (DemoPerson p : among) {
      u -= zeal(p);
      if (u < 0) {
        return p;
      }
    }
    return among.get(among.size() - 1);
  }
}
