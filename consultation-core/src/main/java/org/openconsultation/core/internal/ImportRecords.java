package org.openconsultation.core.internal;

import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/** Imported model records moved to the target consultation: the same record under its id. */
final class ImportRecords {

  private ImportRecords() {}

  static Object into(ConsultationId target, Object record) {
    if (record instanceof Theme t) {
      return new Theme(target, t.id(), t.title(), t.description(), t.position());
    }
    if (record instanceof Workshop w) {
      return new Workshop(
          target,
          w.id(),
          w.title(),
          w.description(),
          w.heldAt(),
          w.place(),
          w.organiser(),
          w.facilitators(),
          w.attendeeCount(),
          w.themes(),
          w.createdAt());
    }
    if (record instanceof Contribution c) {
      return new Contribution(
          target,
          c.id(),
          c.reference(),
          c.themeId(),
          c.author(),
          c.provenance(),
          c.title(),
          c.body(),
          c.territory(),
          c.location(),
          c.status(),
          c.revision(),
          c.submittedAt(),
          c.updatedAt());
    }
    if (record instanceof Revision r) {
      return new Revision(
          target,
          r.contributionId(),
          r.number(),
          r.title(),
          r.body(),
          r.editor(),
          r.note(),
          r.createdAt());
    }
    if (record instanceof Comment c) {
      return new Comment(
          target,
          c.id(),
          c.contributionId(),
          c.parent(),
          c.author(),
          c.body(),
          c.stance(),
          c.status(),
          c.postedAt());
    }
    if (record instanceof BallotRecord b) {
      return new BallotRecord(
          target, b.contributionId(), b.participant(), b.ballot(), b.castAt(), b.updatedAt());
    }
    if (record instanceof Tally) {
      return record;
    }
    throw new IllegalArgumentException("not an imported record: " + record.getClass());
  }
}
