package org.openconsultation.examples.embedding;

import jakarta.validation.Validator;
import java.time.Clock;
import javax.sql.DataSource;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.jdbc.JdbcStore;

/**
 * How a host wires the engine on its own {@link DataSource} (its pool, its credentials, its driver)
 * and its own Jakarta {@link Validator}: the JDBC store on the data source, the schema migrated at
 * start-up, permalinks on the host's own addresses.
 */
public final class DataSourceWiring {

  /** The host's public address for a contribution. */
  public static final PermalinkTemplate PERMALINKS =
      PermalinkTemplate.of("https://participez.example.fr/c/{slug}/{reference}");

  private DataSourceWiring() {}

  /** An engine on the host's data source and validator, its schema migrated first. */
  public static ConsultationEngine wire(DataSource dataSource, Validator validator, Clock clock) {
    JdbcStore store = JdbcStore.builder(dataSource).build(); // dialect read from the connection
    store.migrate(); // or apply the shipped SQL with the host's own Flyway or Liquibase
    return ConsultationEngine.builder()
        .store(store)
        .validator(validator) // the host's Hibernate Validator, with its own messages
        .clock(clock)
        .permalinks(PERMALINKS)
        .build();
  }
}
