package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NotFoundException;

/**
 * Rows of one aggregate, scoped by consultation and keyed by id, behind the store's lock. Lists
 * come sorted in the table's order as immutable snapshots.
 *
 * <p>Conflict and not-found codes are {@code <aggregate>.duplicate} and {@code
 * <aggregate>.not-found}.
 *
 * @param <K> the id type
 * @param <V> the row type
 */
final class Table<K, V> {

  private final StoreLock lock;
  private final String aggregate;
  private final Function<? super V, ConsultationId> scopeOf;
  private final Function<? super V, K> idOf;
  private final Comparator<? super V> order;
  private final Map<ConsultationId, Map<K, V>> rows = new HashMap<>();

  Table(
      StoreLock lock,
      String aggregate,
      Function<? super V, ConsultationId> scopeOf,
      Function<? super V, K> idOf,
      Comparator<? super V> order) {
    this.lock = lock;
    this.aggregate = aggregate;
    this.scopeOf = scopeOf;
    this.idOf = idOf;
    this.order = order;
  }

  /** Adds a row; a conflict if its id is taken in its consultation. */
  void insert(V row) {
    lock.run(
        () -> {
          Map<K, V> scoped = rows.computeIfAbsent(scopeOf.apply(row), c -> new HashMap<>());
          K id = idOf.apply(row);
          if (scoped.containsKey(id)) {
            throw new ConflictException(
                aggregate + ".duplicate", aggregate + " " + id + " already exists");
          }
          scoped.put(id, row);
          lock.undoOnRollback(() -> scoped.remove(id));
        });
  }

  /** Replaces a row; not found if its consultation has no row with its id. */
  void update(V row) {
    lock.run(
        () -> {
          Map<K, V> scoped = rows.computeIfAbsent(scopeOf.apply(row), c -> new HashMap<>());
          K id = idOf.apply(row);
          V previous = scoped.get(id);
          if (previous == null) {
            throw new NotFoundException(
                aggregate + ".not-found", aggregate + " " + id + " does not exist");
          }
          scoped.put(id, row);
          lock.undoOnRollback(() -> scoped.put(id, previous));
        });
  }

  /** The row with this id in this consultation. */
  Optional<V> find(ConsultationId consultation, K id) {
    return lock.call(() -> Optional.ofNullable(scoped(consultation).get(id)));
  }

  /** The consultation's rows, in order. */
  List<V> list(ConsultationId consultation) {
    return list(consultation, row -> true);
  }

  /** The consultation's rows that pass {@code filter}, in order. */
  List<V> list(ConsultationId consultation, Predicate<? super V> filter) {
    return lock.call(
        () -> scoped(consultation).values().stream().filter(filter).sorted(order).toList());
  }

  /**
   * Hands the matching rows to {@code action} in order, from a snapshot taken under the lock;
   * {@code action} runs outside it and may call back into the store.
   */
  void forEach(
      ConsultationId consultation, Predicate<? super V> filter, Consumer<? super V> action) {
    list(consultation, filter).forEach(action);
  }

  /** The number of rows of this consultation. */
  long count(ConsultationId consultation) {
    return lock.call(() -> (long) scoped(consultation).size());
  }

  private Map<K, V> scoped(ConsultationId consultation) {
    return rows.getOrDefault(consultation, Map.of());
  }
}
