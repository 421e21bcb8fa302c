package org.openconsultation.core.auth;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ParticipantId;

/**
 * What the policy decides on.
 *
 * @param actor who asks
 * @param action what they ask to do
 * @param consultation the consultation concerned, or null when creating one
 * @param owner the author of the content concerned, for actions on someone's own content
 */
public record AccessRequest(
    Actor actor,
    Action action,
    @Nullable ConsultationId consultation,
    @Nullable ParticipantId owner) {

  /** Checks the actor and action are present. */
  public AccessRequest {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
  }

  /** Whether the actor is the owner of the content concerned. */
  public boolean actorIsOwner() {
    return owner != null && owner.equals(actor.participant());
  }

  /** The owner of the content concerned, if any. */
  public Optional<ParticipantId> ownerId() {
    return Optional.ofNullable(owner);
  }
}
