package org.openconsultation.testkit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * An engine built on a given store with a {@link MutableClock}, and shortcuts for the set-up most
 * engine-level tests need: an organiser, a published consultation, registered participants and
 * themes. Every shortcut goes through the engine's public API, as a host's code would.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2017-02-10T09:00:00Z");
 * EngineFixture fixture = EngineFixture.on(new InMemoryStore(), clock);
 * Consultation c = fixture.publishedConsultation("numerique", schedule, settings);
 * Actor camille = fixture.participant(c.id(), "camille");
 * fixture.engine().votes().cast(camille, new CastBallot(c.id(), contribution, Ballot.support()));
 * }</pre>
 */
public final class EngineFixture {

  /** The id of the organiser every shortcut acts as. */
  public static final ParticipantId ORGANISER = ParticipantId.of("organiser");

  private final ConsultationEngine engine;
  private final MutableClock clock;

  private EngineFixture(ConsultationEngine engine, MutableClock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /** An engine on {@code store} whose every time-dependent rule reads {@code clock}. */
  public static EngineFixture on(ConsultationStore store, MutableClock clock) {
    return on(store, clock, builder -> builder);
  }

  /**
   * As {@link #on(ConsultationStore, MutableClock)}, letting {@code customise} add to the builder
   * (listeners, rules, a policy) after the store and clock are set.
   */
  public static EngineFixture on(
      ConsultationStore store,
      MutableClock clock,
      UnaryOperator<ConsultationEngine.Builder> customise) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(customise, "customise");
    ConsultationEngine.Builder builder = ConsultationEngine.builder().store(store).clock(clock);
    return new EngineFixture(customise.apply(builder).build(), clock);
  }

  /** The engine. */
  public ConsultationEngine engine() {
    return engine;
  }

  /** The engine's clock. */
  public MutableClock clock() {
    return clock;
  }

  /** The organiser (roles organiser and moderator) that creates the fixture's consultations. */
  public Actor organiser() {
    return Actor.of(ORGANISER, Role.ORGANISER, Role.MODERATOR);
  }

  /**
   * Creates a consultation as {@link #organiser()} and publishes it: it is then scheduled or open,
   * depending on the clock.
   */
  public Consultation publishedConsultation(
      String slug, Schedule schedule, ConsultationSettings settings) {
    Consultation draft =
        engine
            .consultations()
            .create(
                organiser(),
                CreateConsultation.of(slug, "Consultation " + slug, schedule)
                    .withSettings(settings));
    return engine.consultations().publish(organiser(), draft.id());
  }

  /** Adds a theme as {@link #organiser()}. */
  public Theme theme(ConsultationId consultation, String title) {
    return engine.themes().add(organiser(), new AddTheme(consultation, title, ""));
  }

  /** Registers a person with the participant role, accepting the current terms. */
  public Actor participant(ConsultationId consultation, String id) {
    return register(consultation, id, ParticipantKind.PERSON, null, EnumSet.of(Role.PARTICIPANT));
  }

  /**
   * Registers {@code id} under {@code kind} and {@code territory}, accepting the consultation's
   * current terms, and returns the actor with {@code roles}.
   */
  public Actor register(
      ConsultationId consultation,
      String id,
      ParticipantKind kind,
      @Nullable String territory,
      EnumSet<Role> roles) {
    Actor actor = new Actor(ParticipantId.of(id), roles, organiser().locale());
    String terms = engine.consultations().get(actor, consultation).termsVersion();
    engine
        .participants()
        .register(actor, new Register(consultation, "Nom de " + id, kind, territory, terms));
    return actor;
  }
}
