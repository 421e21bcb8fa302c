package org.openconsultation.examples.embedding;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.auth.RolePolicy;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.model.Violation;

/**
 * How a portal wires the engine once at start-up, turns its own signed-in user into an {@link
 * Actor}, and maps the library's failures to answers. The docs quote this class.
 */
public final class PortalWiring {

  /** The events the portal received; a real portal would refresh caches or notify people. */
  private final CopyOnWriteArrayList<DomainEvent> received = new CopyOnWriteArrayList<>();

  private final ConsultationEngine engine;

  /** Wires an engine on the in-memory store. */
  public PortalWiring(Clock clock) {
    // wiring:begin
    RolePolicy policy =
        RolePolicy.standard()
            .granting(
                Action.SUBMIT_ASSISTED_CONTRIBUTION, Set.of(Role.FACILITATOR, Role.ORGANISER));
    this.engine =
        ConsultationEngine.builder()
            .store(new InMemoryStore()) // or the JDBC store on the portal's DataSource
            .clock(clock) // every deadline reads this clock
            .authorizationPolicy(policy) // optional: the default is RolePolicy.standard()
            .listener(received::add) // called after each commit
            .build();
    // wiring:end
  }

  /** The engine, shared by every request. */
  public ConsultationEngine engine() {
    return engine;
  }

  /** The events received so far. */
  public java.util.List<DomainEvent> received() {
    return java.util.List.copyOf(received);
  }

  /**
   * The actor for a request, from the portal's own session: its user id (for example an OpenID
   * Connect subject), the roles it grants, and the language of the page.
   */
  // actor:begin
  public static Actor actorFor(String subject, Set<Role> roles, Locale pageLanguage) {
    if (subject.isEmpty()) {
      return Actor.visitor().withLocale(pageLanguage);
    }
    return new Actor(ParticipantId.of(subject), roles, pageLanguage);
  }

  // actor:end

  /** The HTTP status and text a portal would answer for a failure. */
  // errors:begin
  public static String answer(ConsultationException failure) {
    int status;
    if (failure instanceof NotFoundException) {
      status = 404;
    } else if (failure instanceof ForbiddenException) {
      status = 403;
    } else if (failure instanceof ConflictException) {
      status = 409;
    } else if (failure instanceof StorageException) {
      status = 503; // retry later, unless outcomeUnknown(): then check first
    } else {
      status = 422; // invalid input, wrong phase, limit reached
    }
    StringBuilder text = new StringBuilder(status + " " + failure.code() + ": ");
    if (failure instanceof InvalidInputException invalid) {
      for (Violation v : invalid.violations()) {
        text.append(v.path()).append(" ").append(v.message()).append("; ");
      }
    } else {
      text.append(failure.getMessage());
    }
    return text.toString();
  }
  // errors:end
}
