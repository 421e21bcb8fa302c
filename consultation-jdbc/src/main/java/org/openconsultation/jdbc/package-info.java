/**
 * The JDBC store for PostgreSQL, MariaDB/MySQL and H2.
 *
 * <p>This module is reserved for the JDBC adapter of the storage SPI defined in {@code
 * org.openconsultation.core.spi}. Until it ships, hosts use the in-memory store of {@code
 * consultation-core}.
 */
@NullMarked
package org.openconsultation.jdbc;

import org.jspecify.annotations.NullMarked;
