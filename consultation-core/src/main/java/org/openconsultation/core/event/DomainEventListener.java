package org.openconsultation.core.event;

/**
 * Receives domain events after the change they announce has been committed, on the thread that ran
 * the command, in the order the changes were made. A listener that throws is logged and does not
 * undo the change or stop other listeners.
 */
@FunctionalInterface
public interface DomainEventListener {

  /** Called once per committed event. */
  void onEvent(DomainEvent event);
}
