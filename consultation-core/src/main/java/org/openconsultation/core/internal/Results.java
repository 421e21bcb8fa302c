package org.openconsultation.core.internal;

import java.util.EnumSet;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;

/** Whether results (tallies, rankings) may be shown to an actor now. */
final class Results {

  private static final EnumSet<Phase> BEFORE_CLOSE =
      EnumSet.of(Phase.DRAFT, Phase.SCHEDULED, Phase.OPEN);

  private final EngineContext context;
  private final Guard guard;

  Results(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  /** Whether the actor may see results now. */
  boolean visible(Actor actor, Consultation c) {
    return !c.settings().resultsHiddenUntilClose()
        || !BEFORE_CLOSE.contains(c.phaseAt(context.now()))
        || guard.may(actor, Action.READ_HIDDEN_RESULTS, c.id(), null);
  }

  /** Refuses while results are hidden until close, unless the actor may read hidden results. */
  void requireVisible(Actor actor, Consultation c) {
    Phase phase = c.phaseAt(context.now());
    if (!visible(actor, c)) {
      throw new PhaseException(
          "results-hidden", phase, Messages.get(actor.locale(), "results-hidden"));
    }
  }
}
