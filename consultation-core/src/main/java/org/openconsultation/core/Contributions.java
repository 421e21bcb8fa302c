package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.SubmitAssistedContribution;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WithdrawContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * Contributions of the three kinds, their revisions and their references.
 *
 * <p>Submissions and edits are accepted while the consultation is open. Under pre-moderation a new
 * contribution waits in the moderation queue; otherwise it is published at once. Each gets a
 * reference ({@code C-1}, {@code C-2}…) that is never reused.
 */
public interface Contributions {

  /** Submits the actor's individual contribution. */
  Contribution submit(Actor actor, SubmitContribution command);

  /** Submits an institutional contribution (the actor must be registered as an institution). */
  Contribution submitInstitutional(Actor actor, SubmitInstitutionalContribution command);

  /** Submits an individual contribution on behalf of someone not online (facilitators). */
  Contribution submitAssisted(Actor actor, SubmitAssistedContribution command);

  /** Submits a workshop's collective contribution (the workshop's facilitators, organisers). */
  Contribution submitCollective(Actor actor, SubmitCollectiveContribution command);

  /** Edits one's own contribution, making a new revision. */
  Contribution edit(Actor actor, EditContribution command);

  /** Withdraws one's own contribution. */
  Contribution withdraw(Actor actor, WithdrawContribution command);

  /**
   * A contribution. Published ones are visible to all; others to their author, moderators and
   * organisers; anything else is not found.
   */
  Contribution get(Actor actor, ConsultationId consultation, ContributionId id);

  /**
   * Resolves a citation: {@code C-42} to the contribution and its current revision, {@code C-42.2}
   * to revision 2. Visibility as for {@link #get}; a malformed reference is invalid input.
   */
  ResolvedReference resolve(Actor actor, ConsultationId consultation, String reference);

  /** A contribution's revisions, oldest first (visibility as for {@link #get}). */
  List<Revision> revisions(Actor actor, ConsultationId consultation, ContributionId id);

  /**
   * The contributions matching {@code filter}, by reference. Statuses the actor may not see are
   * left out, except the actor's own contributions.
   */
  List<Contribution> list(Actor actor, ConsultationId consultation, ContributionFilter filter);
}
