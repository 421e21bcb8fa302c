/**
 * The load harness: the engine on a {@link org.openconsultation.jdbc.JdbcStore} against raw JDBC
 * (and PostgreSQL {@code COPY}) doing the same work, in the same run, on the same pool.
 */
@NullMarked
package org.openconsultation.bench.load;

import org.jspecify.annotations.NullMarked;
