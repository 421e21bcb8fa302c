package org.openconsultation.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * The base of the port contracts: each test gets a fresh, empty store from {@link #createStore()}.
 *
 * <p>Extend {@link ConsultationStoreContract} to run every contract at once; extend one port
 * contract (such as {@link BallotRepositoryContract}) to run only its tests.
 */
public abstract class StoreContract {

  private @Nullable ConsultationStore store;

  /** For subclasses. */
  protected StoreContract() {}

  /**
   * A new, empty store, shared with no other test. Called once before each test; the store may hold
   * data from nothing but that test.
   */
  protected abstract ConsultationStore createStore();

  @BeforeEach
  final void createFreshStore() {
    store = Objects.requireNonNull(createStore(), "createStore() returned null");
  }

  /** The store of the running test. */
  protected final ConsultationStore store() {
    ConsultationStore current = store;
    if (current == null) {
      throw new IllegalStateException("no store: the test has not started");
    }
    return current;
  }
}
