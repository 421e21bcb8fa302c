package org.openconsultation.core.internal;

import org.openconsultation.core.auth.Action;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.PublicationStatus;

/**
 * Who sees what: published content is public; other content is seen by its author and by those the
 * policy lets read unpublished content. What an actor may not see is not found.
 */
final class Visibility {

  private final EngineContext context;
  private final Guard guard;

  Visibility(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  boolean sees(Actor actor, Consultation c, Contribution contribution) {
    return contribution.status() == PublicationStatus.PUBLISHED
        || contribution.author().equals(actor.participant())
        || guard.may(actor, Action.READ_UNPUBLISHED, c.id(), contribution.author());
  }

  boolean sees(Actor actor, Consultation c, Comment comment) {
    return comment.status() == PublicationStatus.PUBLISHED
        || comment.author().equals(actor.participant())
        || guard.may(actor, Action.READ_UNPUBLISHED, c.id(), comment.author());
  }

  /** The contribution if the actor sees it, else not found. */
  Contribution contribution(Actor actor, Consultation c, ContributionId id) {
    return context
        .store()
        .contributions()
        .find(c.id(), id)
        .filter(x -> sees(actor, c, x))
        .orElseThrow(() -> Guard.notFound(actor, "contribution", id));
  }

  /**
   * The contribution if the actor sees it (else not found) and it is published (else invalid input
   * with {@code code}).
   */
  Contribution published(Actor actor, Consultation c, ContributionId id, String code) {
    Contribution found = contribution(actor, c, id);
    if (found.status() != PublicationStatus.PUBLISHED) {
      throw Guard.invalid(actor, code, "contribution");
    }
    return found;
  }

  /** The comment if the actor sees it, else not found. */
  Comment comment(Actor actor, Consultation c, CommentId id) {
    return context
        .store()
        .comments()
        .find(c.id(), id)
        .filter(x -> sees(actor, c, x))
        .orElseThrow(() -> Guard.notFound(actor, "comment", id));
  }
}
