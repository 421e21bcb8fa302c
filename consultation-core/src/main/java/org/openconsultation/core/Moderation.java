package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ModerationDecision;

/**
 * Reports, automatic hiding, moderators' decisions and the pre-moderation queue.
 *
 * <p>When the number of distinct reporters of published content reaches the consultation's
 * auto-hide threshold, the content is hidden and an automatic decision is recorded; a moderator may
 * restore it.
 */
public interface Moderation {

  /** Reports content (while the consultation is open). */
  FlagOutcome flag(Actor actor, FlagContent command);

  /** Approves, hides or restores content, recording the decision. */
  ModerationDecision decide(Actor actor, Moderate command);

  /** What waits for moderators. */
  ModerationQueue queue(Actor actor, ConsultationId consultation);

  /** Every decision, oldest first. */
  List<ModerationDecision> decisions(Actor actor, ConsultationId consultation);
}
