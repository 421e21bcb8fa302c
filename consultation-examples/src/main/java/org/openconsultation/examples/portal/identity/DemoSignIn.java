package org.openconsultation.examples.portal.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.examples.portal.SeededConsultation;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * The demo's sign-in: a person picks one of the seed's demo people, and gets the roles the demo
 * grants them. No password: it is a demo. This is the one class a host replaces with its own login.
 *
 * <p><b>Where a host plugs in its login.</b> The rest of the portal only asks two things: who is
 * signed in ({@link #person}), and which {@link Actor} acts for them ({@link #actor}). A host with
 * an OpenID Connect provider (a national login such as FranceConnect, or its own Keycloak) would:
 *
 * <ol>
 *   <li>replace the sign-in page by a redirect to the provider (authorization code flow with PKCE),
 *       and on the callback keep the ID token's {@code sub} in the session where this class keeps
 *       the demo person's id;
 *   <li>build the actor from that subject ({@code ParticipantId.of(sub)}) and the roles its own
 *       directory grants (an organiser group, a moderators list...), as {@link #actor} does from
 *       the demo person;
 *   <li>register the person in the consultation on first sign-in with the name and territory the
 *       provider gives, as {@link #signIn} does, after they accept the terms.
 * </ol>
 *
 * <p>The engine never sees a password, a token or a cookie: only an {@code Actor}.
 */
public final class DemoSignIn {

  private final ConsultationEngine engine;
  private final SeededConsultation demo;

  /** A sign-in offering the seed's demo people. */
  public DemoSignIn(ConsultationEngine engine, SeededConsultation demo) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.demo = Objects.requireNonNull(demo, "demo");
  }

  /** The people the sign-in page offers, in the seed's order. */
  public List<DemoPerson> people() {
    return demo.people();
  }

  /** The demo person signed in under this id, if it is one. */
  public Optional<DemoPerson> person(@Nullable ParticipantId signedIn) {
    return signedIn == null ? Optional.empty() : demo.person(signedIn);
  }

  /** Who acts: the person with their roles, or a visitor; either reading {@code language}. */
  public Actor actor(@Nullable DemoPerson person, Locale language) {
    if (person == null) {
      return Actor.visitor().withLocale(language);
    }
    return new Actor(person.id(), person.roles(), language);
  }

  /**
   * Signs a demo person in: registers them in the consultation if they are not yet (accepting its
   * current terms). Fails with {@link NotFoundException} for an id the demo does not offer.
   */
  public DemoPerson signIn(String id, Locale language) {
    DemoPerson person =
        demo.people().stream()
            .filter(p -> p.id().value().equals(id))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("demo.person", "No demo person has the id " + id));
    Actor actor = actor(person, language);
    try {
      engine.participants().get(actor, demo.consultation(), person.id());
    } catch (NotFoundException notYet) {
      String terms = engine.consultations().get(actor, demo.consultation()).termsVersion();
      try {
        engine
            .participants()
            .register(
                actor,
                new Register(
                    demo.consultation(),
                    person.displayName(),
                    person.kind(),
                    person.territory(),
                    terms));
      } catch (ConflictException alreadyRegistered) {
        // Registered meanwhile, from another browser: nothing to do.
      }
    }
    return person;
  }
}
