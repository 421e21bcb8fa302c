/**
 * The in-memory store: {@link org.openconsultation.core.memory.InMemoryStore}, the reference
 * implementation of the storage SPI, for tests, simulations and small hosts.
 *
 * <p>Only {@code InMemoryStore} is public. Behind it, one package-private class per port keeps its
 * rows in plain maps guarded by the store's single lock, and every write made inside a transaction
 * leaves an undo action that a rollback replays in reverse order.
 */
@NullMarked
package org.openconsultation.core.memory;

import org.jspecify.annotations.NullMarked;
