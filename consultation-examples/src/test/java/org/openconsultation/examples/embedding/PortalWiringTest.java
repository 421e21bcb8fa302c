package org.openconsultation.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;

class PortalWiringTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("UTC"));
  private final PortalWiring portal = new PortalWiring(clock);
  private final Schedule march =
      Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Europe/Paris"));

  @Test
  void anEmptySubjectIsAVisitorReadingThePageLanguage() {
    Actor actor = PortalWiring.actorFor("", Set.of(), Locale.ENGLISH);

    assertThat(actor.participant()).isNull();
    assertThat(actor.locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theListenerHearsACommittedCommand() {
    Actor mayor = PortalWiring.actorFor("mairie", Set.of(Role.ORGANISER), Locale.FRENCH);

    portal.engine().consultations().create(mayor, CreateConsultation.of("budget", "Budget", march));

    assertThat(portal.received())
        .singleElement()
        .isInstanceOf(DomainEvent.ConsultationCreated.class);
  }

  @Test
  void invalidInputIsAnswered422WithEachViolationInThePageLanguage() {
    Actor mayor = PortalWiring.actorFor("mairie", Set.of(Role.ORGANISER), Locale.ENGLISH);

    ConsultationException failure =
        catchThrowableOfType(
            ConsultationException.class,
            () ->
                portal
                    .engine()
                    .consultations()
                    .create(mayor, CreateConsultation.of("Not A Slug", "", march)));

    assertThat(PortalWiring.answer(failure))
        .startsWith("422 invalid-input: ")
        .contains("title must not be blank")
        .contains("slug must be lower-case letters");
    assertThat(portal.received()).isEmpty();
  }

  @Test
  void aVisitorCreatingAConsultationIsAnswered403() {
    Actor visitor = PortalWiring.actorFor("", Set.of(), Locale.FRENCH);

    ConsultationException failure =
        catchThrowableOfType(
            ConsultationException.class,
            () ->
                portal
                    .engine()
                    .consultations()
                    .create(visitor, CreateConsultation.of("budget", "Budget", march)));

    assertThat(PortalWiring.answer(failure)).startsWith("403 forbidden.create-consultation");
  }
}
