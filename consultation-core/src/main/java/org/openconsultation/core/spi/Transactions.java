package org.openconsultation.core.spi;

import java.util.function.Supplier;

/**
 * The transaction boundary. Everything the work does through the store's ports commits together
 * when it returns, and is undone when it throws (the exception then propagates unchanged).
 *
 * <p>Nested calls join the outer transaction. Implementations may run the work again after a
 * transient failure (a serialization failure or a deadlock), so the work must have no effect
 * outside the store.
 */
public interface Transactions {

  /** Runs {@code work} in one transaction and returns its result. */
  <T> T inTransaction(Supplier<T> work);

  /** Runs {@code work} in one transaction. */
  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
