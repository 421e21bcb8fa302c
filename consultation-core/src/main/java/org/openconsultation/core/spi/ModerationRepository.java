package org.openconsultation.core.spi;

import java.util.List;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.ModerationDecision;

/** Stores reports and moderation decisions. */
public interface ModerationRepository {

  /**
   * Records a report unless this reporter already reported this content.
   *
   * @return true if stored, false if it was a repeat (then nothing changes)
   */
  boolean insertFlag(Flag flag);

  /** The number of distinct reporters of this content. */
  long countFlags(ConsultationId consultation, ContentRef target);

  /** The reports of this content, oldest first. */
  List<Flag> flags(ConsultationId consultation, ContentRef target);

  /** Every report in this consultation, oldest first. */
  List<Flag> flags(ConsultationId consultation);

  /** Records a decision; a conflict if its id is taken. */
  void insertDecision(ModerationDecision decision);

  /** The decisions on this content, oldest first. */
  List<ModerationDecision> decisions(ConsultationId consultation, ContentRef target);

  /** Every decision in this consultation, oldest first. */
  List<ModerationDecision> decisions(ConsultationId consultation);
}
