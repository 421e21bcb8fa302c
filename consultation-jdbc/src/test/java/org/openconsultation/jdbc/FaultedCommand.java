package org.openconsultation.jdbc;

import org.openconsultation.core.ConsultationEngine;

/**
 * An engine command that {@link EngineFaultBehaviour} runs round after round, each round with data
 * of its own, on an engine whose connections fail.
 */
interface FaultedCommand {

  /** Sets up what round {@code r} needs, on a healthy engine. */
  default void prepare(int r) {}

  /** Runs round {@code r}'s command on {@code engine}. */
  void run(ConsultationEngine engine, int r);

  /** How many times round {@code r}'s effect is stored. */
  long stored(int r);

  /**
   * What a host does after {@code outcomeUnknown()}, as {@code docs/jdbc.md} tells it: by default,
   * runs the command again.
   */
  default void settleUnknown(ConsultationEngine engine, int r) {
    run(engine, r);
  }
}
