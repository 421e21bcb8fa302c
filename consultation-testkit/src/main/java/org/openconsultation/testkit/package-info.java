/**
 * The contract every {@link org.openconsultation.core.spi.ConsultationStore} must pass, published
 * so that a host's own store runs the same tests as the library's stores.
 *
 * <p>A store passes the whole kit by extending {@link
 * org.openconsultation.testkit.ConsultationStoreContract} and returning a fresh, empty store from
 * {@code createStore()}; JUnit 5 finds the contract's nested test classes through the subclass. The
 * port contracts ({@code BallotRepositoryContract}, {@code TransactionsContract}…) can also be
 * extended one by one while a store is being written.
 *
 * <p>{@link org.openconsultation.testkit.MutableClock} and {@link
 * org.openconsultation.testkit.EngineFixture} help a host write its own engine-level tests.
 */
@NullMarked
package org.openconsultation.testkit;

import org.jspecify.annotations.NullMarked;
