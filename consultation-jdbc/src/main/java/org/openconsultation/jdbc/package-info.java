/**
 * The JDBC store for PostgreSQL, MariaDB/MySQL and H2: {@link org.openconsultation.jdbc.JdbcStore}
 * on a host-supplied {@link javax.sql.DataSource}, its {@link org.openconsultation.jdbc.Dialect}
 * and the {@link org.openconsultation.jdbc.DriftReport} of a recount.
 *
 * <p>Only those three types (and the store's builder) are public. Behind them, one package-private
 * class per port (with helpers for the larger ones: {@code BallotSeats}, {@code BallotCounters},
 * {@code ContributionWrites}, {@code ReferenceCounter}) writes SQL through a small helper ({@code
 * Db}) and a transaction manager ({@code Transactor}) that binds a connection to the thread,
 * retries transient failures and settles lost commits by the effect checks of their writes ({@code
 * Effects}). The schema ships as Flyway SQL migrations under {@code
 * org/openconsultation/jdbc/migration/<dialect>}.
 */
@NullMarked
package org.openconsultation.jdbc;

import org.jspecify.annotations.NullMarked;
