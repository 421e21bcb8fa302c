package org.openconsultation.core.internal;

import org.openconsultation.core.auth.Action;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.PublicationStatus;

/**
 * Who sees what: published content is public; other content is seen by its author and by those the
 * policy lets read unpublished content.
 */
final class Visibility {

  private final Guard guard;

  Visibility(Guard guard) {
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
}
