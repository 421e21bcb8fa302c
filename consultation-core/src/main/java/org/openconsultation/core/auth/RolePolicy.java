package org.openconsultation.core.auth;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openconsultation.core.model.Role;

/**
 * A policy that allows an action when the actor has one of the roles granted for it, and for {@link
 * Action#EDIT_OWN_CONTRIBUTION} also requires the actor to own the content.
 *
 * <p>{@link #standard()} is the table documented in {@code docs/authorization.md}.
 */
public final class RolePolicy implements AuthorizationPolicy {

  private final Map<Action, Set<Role>> grants;

  private RolePolicy(Map<Action, Set<Role>> grants) {
    this.grants = grants;
  }

  /** The standard table. */
  public static RolePolicy standard() {
    Map<Action, Set<Role>> g = new EnumMap<>(Action.class);
    Set<Role> organiser = EnumSet.of(Role.ORGANISER);
    g.put(Action.CREATE_CONSULTATION, organiser);
    g.put(Action.UPDATE_SETTINGS, organiser);
    g.put(Action.MANAGE_LIFECYCLE, organiser);
    g.put(Action.MANAGE_THEMES, organiser);
    g.put(Action.PUBLISH_NEWS, organiser);
    g.put(Action.MANAGE_MILESTONES, organiser);
    Set<Role> signedIn =
        EnumSet.of(Role.PARTICIPANT, Role.FACILITATOR, Role.MODERATOR, Role.ORGANISER);
    g.put(Action.REGISTER, signedIn);
    g.put(Action.SUBMIT_CONTRIBUTION, EnumSet.of(Role.PARTICIPANT));
    g.put(Action.SUBMIT_INSTITUTIONAL_CONTRIBUTION, EnumSet.of(Role.PARTICIPANT));
    g.put(Action.SUBMIT_ASSISTED_CONTRIBUTION, EnumSet.of(Role.FACILITATOR));
    g.put(Action.SUBMIT_COLLECTIVE_CONTRIBUTION, EnumSet.of(Role.FACILITATOR, Role.ORGANISER));
    g.put(Action.EDIT_OWN_CONTRIBUTION, EnumSet.of(Role.PARTICIPANT, Role.FACILITATOR));
    g.put(Action.MANAGE_WORKSHOPS, EnumSet.of(Role.FACILITATOR, Role.ORGANISER));
    g.put(Action.COMMENT, EnumSet.of(Role.PARTICIPANT));
    g.put(Action.VOTE, EnumSet.of(Role.PARTICIPANT));
    g.put(Action.FLAG, EnumSet.of(Role.PARTICIPANT));
    g.put(Action.MODERATE, EnumSet.of(Role.MODERATOR, Role.ORGANISER));
    g.put(Action.READ_HIDDEN_RESULTS, EnumSet.of(Role.MODERATOR, Role.ORGANISER));
    g.put(Action.READ_UNPUBLISHED, EnumSet.of(Role.MODERATOR, Role.ORGANISER));
    g.put(Action.MANAGE_DATA, organiser);
    return new RolePolicy(g);
  }

  /** A copy of this policy in which {@code action} is granted to exactly {@code roles}. */
  public RolePolicy granting(Action action, Set<Role> roles) {
    Objects.requireNonNull(action, "action");
    Map<Action, Set<Role>> g = new EnumMap<>(grants);
    g.put(action, roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)));
    return new RolePolicy(g);
  }

  /** The roles granted {@code action}. */
  public Set<Role> rolesFor(Action action) {
    return Set.copyOf(grants.getOrDefault(action, Set.of()));
  }

  @Override
  public boolean permits(AccessRequest request) {
    Set<Role> allowed = grants.getOrDefault(request.action(), Set.of());
    boolean hasRole = request.actor().roles().stream().anyMatch(allowed::contains);
    if (!hasRole || (request.actor().participant() == null && !allowed.contains(Role.VISITOR))) {
      return false;
    }
    return request.action() != Action.EDIT_OWN_CONTRIBUTION || request.actorIsOwner();
  }
}
