package org.openconsultation.core.memory;

import java.util.Objects;
import java.util.function.Supplier;
import org.openconsultation.core.spi.Transactions;

/** Transactions over the store's lock: serializable, and undone when the work throws. */
final class MemoryTransactions implements Transactions {

  private final StoreLock lock;

  MemoryTransactions(StoreLock lock) {
    this.lock = lock;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return lock.inTransaction(work);
  }
}
