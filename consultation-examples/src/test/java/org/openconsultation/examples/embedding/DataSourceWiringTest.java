package org.openconsultation.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;

class DataSourceWiringTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private final Validator validator =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
  private final Actor mayor = Actor.of(ParticipantId.of("mairie"), Role.ORGANISER);
  private final Actor alice =
      new Actor(ParticipantId.of("alice"), java.util.Set.of(Role.PARTICIPANT), Locale.FRENCH);

  DataSourceWiringTest() {
    dataSource.setURL("jdbc:h2:mem:wiring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void theEngineStoresInTheHostsOwnDatabase() throws SQLException {
    ConsultationEngine engine = DataSourceWiring.wire(dataSource, validator, clock);
    Consultation c = open(engine);
    ThemeId theme = engine.themes().add(mayor, new AddTheme(c.id(), "Parcs", "")).id();
    engine
        .participants()
        .register(alice, new Register(c.id(), "Alice", ParticipantKind.PERSON, null, "1"));

    engine
        .contributions()
        .submit(alice, new SubmitContribution(c.id(), theme, "Des bancs", "Oui."));

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT title FROM oc_contribution")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("Des bancs");
    }
  }

  @Test
  void theHostsValidatorRefusesInvalidCommands() {
    ConsultationEngine engine = DataSourceWiring.wire(dataSource, validator, clock);
    Consultation c = open(engine);

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> engine.themes().add(mayor, new AddTheme(c.id(), " ", "")));

    assertThat(refused.violations()).extracting(v -> v.path()).containsExactly("title");
  }

  @Test
  void permalinksUseTheHostsAddress() {
    ConsultationEngine engine = DataSourceWiring.wire(dataSource, validator, clock);
    Consultation c = open(engine);
    ThemeId theme = engine.themes().add(mayor, new AddTheme(c.id(), "Parcs", "")).id();
    engine
        .participants()
        .register(alice, new Register(c.id(), "Alice", ParticipantKind.PERSON, null, "1"));
    Contribution x =
        engine
            .contributions()
            .submit(alice, new SubmitContribution(c.id(), theme, "Bancs", "Oui."));

    assertThat(DataSourceWiring.PERMALINKS.link(c, x.reference()))
        .isEqualTo("https://participez.example.fr/c/budget/" + x.reference());
  }

  @Test
  void aSecondStartFindsTheSchemaInPlace() {
    DataSourceWiring.wire(dataSource, validator, clock);
    ConsultationEngine again = DataSourceWiring.wire(dataSource, validator, clock);

    assertThat(open(again).slug()).isEqualTo("budget");
  }

  private Consultation open(ConsultationEngine engine) {
    Consultation c =
        engine
            .consultations()
            .create(
                mayor,
                CreateConsultation.of(
                    "budget",
                    "Budget participatif",
                    Schedule.days(
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31),
                        ZoneId.of("Europe/Paris"))));
    return engine.consultations().publish(mayor, c.id());
  }
}
