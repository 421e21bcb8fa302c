/**
 * The storage SPI: one port per aggregate, a transaction boundary, and {@link
 * org.openconsultation.core.spi.ConsultationStore} that hands them out.
 *
 * <p>Rules every implementation follows (the contract tests of {@code consultation-testkit} check
 * them):
 *
 * <ul>
 *   <li>Every method is thread-safe. Arguments are never null unless annotated.
 *   <li>Every lookup is scoped by {@code ConsultationId}: an id of another consultation is not
 *       found.
 *   <li>Lookups return {@link java.util.Optional}; lists are immutable snapshots.
 *   <li>A duplicate identifier or unique key raises {@link
 *       org.openconsultation.core.model.ConflictException}; a failure of the underlying storage
 *       raises {@link org.openconsultation.core.model.StorageException}; no checked exception
 *       crosses a port.
 *   <li>Methods called inside {@link org.openconsultation.core.spi.Transactions#inTransaction} take
 *       effect together or not at all.
 *   <li>{@code forEach…} methods stream: their memory use does not grow with the data.
 * </ul>
 *
 * <p>This package depends on nothing but the model.
 */
@NullMarked
package org.openconsultation.core.spi;

import org.jspecify.annotations.NullMarked;
