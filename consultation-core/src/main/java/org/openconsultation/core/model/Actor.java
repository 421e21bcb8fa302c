package org.openconsultation.core.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who performs a command: the host's identifier for the person (absent for an anonymous visitor),
 * the roles the host grants them, and the locale in which they read messages.
 *
 * <p>The host builds an actor from its own login (for example an OpenID Connect session); the
 * engine never authenticates anyone.
 */
public record Actor(@Nullable ParticipantId participant, Set<Role> roles, Locale locale) {

  /** Copies the roles; a visitor has no participant id, everyone else has one. */
  public Actor {
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(locale, "locale");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (participant == null && roles.stream().anyMatch(r -> r != Role.VISITOR)) {
      throw new IllegalArgumentException(
          "an actor with roles beyond VISITOR needs a participant id");
    }
  }

  /** An anonymous visitor reading in French. */
  public static Actor visitor() {
    return new Actor(null, Set.of(Role.VISITOR), Locale.FRENCH);
  }

  /** A signed-in participant with the {@link Role#PARTICIPANT} role, reading in French. */
  public static Actor participant(ParticipantId id) {
    return new Actor(id, Set.of(Role.PARTICIPANT), Locale.FRENCH);
  }

  /** A signed-in actor with the given roles, reading in French. */
  public static Actor of(ParticipantId id, Role first, Role... more) {
    return new Actor(id, EnumSet.of(first, more), Locale.FRENCH);
  }

  /** This actor reading in another locale. */
  public Actor withLocale(Locale newLocale) {
    return new Actor(participant, roles, newLocale);
  }

  /** Whether the actor has {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The participant id, if the actor is signed in. */
  public Optional<ParticipantId> id() {
    return Optional.ofNullable(participant);
  }
}
