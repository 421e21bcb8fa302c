package org.openconsultation.testkit.inmemory;

import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.spi.ConsultationStore;
import org.openconsultation.testkit.ConsultationStoreContract;

/**
 * The in-memory store passes the whole kit, exactly as a host's store would: this class lives
 * outside the kit's package, like a host's test.
 */
class InMemoryStoreContractTest extends ConsultationStoreContract {

  @Override
  protected ConsultationStore createStore() {
    return new InMemoryStore();
  }
}
