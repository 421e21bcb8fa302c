package org.openconsultation.core.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.IdGenerator;
import org.openconsultation.core.auth.AuthorizationPolicy;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.event.DomainEventListener;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.PermalinkTemplate;
import org.openconsultation.core.ranking.RankingRules;
import org.openconsultation.core.spi.ConsultationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service shares: the store, the clock, ids, the policy, validation, the ranking rules
 * and the listeners; and the one way commands run ({@link #command}).
 */
public final class EngineContext {

  private static final Logger LOG = LoggerFactory.getLogger(EngineContext.class);

  private final ConsultationStore store;
  private final Clock clock;
  private final IdGenerator ids;
  private final AuthorizationPolicy policy;
  private final CommandValidator validator;
  private final RankingRules rules;
  private final List<DomainEventListener> listeners;
  private final PermalinkTemplate permalinks;

  /** Called by the engine builder only. */
  public EngineContext(
      ConsultationStore store,
      Clock clock,
      IdGenerator ids,
      AuthorizationPolicy policy,
      @Nullable Validator validator,
      RankingRules rules,
      List<DomainEventListener> listeners,
      PermalinkTemplate permalinks) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.policy = policy;
    this.validator = new CommandValidator(validator);
    this.rules = rules;
    this.listeners = List.copyOf(listeners);
    this.permalinks = permalinks;
  }

  ConsultationStore store() {
    return store;
  }

  Instant now() {
    return clock.instant();
  }

  IdGenerator ids() {
    return ids;
  }

  AuthorizationPolicy policy() {
    return policy;
  }

  RankingRules rules() {
    return rules;
  }

  PermalinkTemplate permalinks() {
    return permalinks;
  }

  /**
   * Runs a command: validates it, runs {@code work} in one transaction (the work reports events to
   * the sink it is given), then announces the events once committed.
   */
  <T> T command(Actor actor, Object command, Function<List<DomainEvent>, T> work) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    validator.validate(command, actor.locale());
    List<DomainEvent> events = new ArrayList<>();
    T result =
        store
            .transactions()
            .inTransaction(
                () -> {
                  events.clear(); // a retried transaction starts over
                  return work.apply(events);
                });
    events.forEach(this::announce);
    return result;
  }

  /** Runs a read in one transaction, so it sees a consistent state. */
  <T> T read(Actor actor, java.util.function.Supplier<T> work) {
    Objects.requireNonNull(actor, "actor");
    return store.transactions().inTransaction(work);
  }

  /** Announces events of a change that has committed, in order. */
  void announceCommitted(List<DomainEvent> events) {
    events.forEach(this::announce);
  }

  private void announce(DomainEvent event) {
    for (DomainEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("A domain event listener failed on {}", event.getClass().getSimpleName(), e);
      }
    }
  }
}
