package org.openconsultation.examples.seed;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;

/**
 * Someone a demo host can sign in as: every name is fictional. The host would build the {@link
 * Actor} from its own login; {@link #actor()} does it for a demo.
 *
 * @param id the host's identifier for this person, stable from one seed to the next
 * @param displayName the public name
 * @param kind person, association, local authority, company…
 * @param territory the INSEE code of the person's région (see {@link
 *     DemoConsultation#territories()}) or null if they did not give one
 * @param roles the roles the person acts with
 * @param description who this is, in French, for a demo sign-in page
 */
public record DemoPerson(
    ParticipantId id,
    String displayName,
    ParticipantKind kind,
    @Nullable String territory,
    Set<Role> roles,
    String description) {

  /** Checks that nothing is missing and copies the roles. */
  public DemoPerson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a demo person has at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The person signed in, reading in French. */
  public Actor actor() {
    return new Actor(id, roles, Locale.FRENCH);
  }
}
