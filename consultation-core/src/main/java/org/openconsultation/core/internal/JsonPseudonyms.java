package org.openconsultation.core.internal;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.Pseudonyms;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Workshop;

/** The records of one export with every participant id replaced by its pseudonym. */
final class JsonPseudonyms {

  private final ConsultationId consultation;
  private final Pseudonyms pseudonyms;

  JsonPseudonyms(ConsultationId consultation, Pseudonyms pseudonyms) {
    this.consultation = consultation;
    this.pseudonyms = pseudonyms;
  }

  ParticipantId of(ParticipantId participant) {
    return ParticipantId.of(pseudonyms.of(consultation, participant));
  }

  Consultation consultation(Consultation c) {
    return new Consultation(
        c.id(),
        c.slug(),
        c.title(),
        c.description(),
        of(c.organiser()),
        c.locale(),
        c.schedule(),
        c.settings(),
        c.lifecycle(),
        c.termsVersion(),
        c.createdAt(),
        c.version());
  }

  Contribution contribution(Contribution c) {
    return new Contribution(
        c.consultationId(),
        c.id(),
        c.reference(),
        c.themeId(),
        of(c.author()),
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

  Revision revision(Revision r) {
    return new Revision(
        r.consultationId(),
        r.contributionId(),
        r.number(),
        r.title(),
        r.body(),
        of(r.editor()),
        r.note(),
        r.createdAt());
  }

  Workshop workshop(Workshop w) {
    Set<ParticipantId> facilitators = new HashSet<>();
    w.facilitators().forEach(f -> facilitators.add(of(f)));
    return new Workshop(
        w.consultationId(),
        w.id(),
        w.title(),
        w.description(),
        w.heldAt(),
        w.place(),
        of(w.organiser()),
        facilitators,
        w.attendeeCount(),
        w.themes(),
        w.createdAt());
  }

  /** The comment under its author's pseudonym, replying to {@code parent}. */
  Comment comment(Comment c, @Nullable CommentId parent) {
    return new Comment(
        c.consultationId(),
        c.id(),
        c.contributionId(),
        parent,
        of(c.author()),
        c.body(),
        c.stance(),
        c.status(),
        c.postedAt());
  }

  BallotRecord ballot(BallotRecord b) {
    return new BallotRecord(
        b.consultationId(),
        b.contributionId(),
        of(b.participant()),
        b.ballot(),
        b.castAt(),
        b.updatedAt());
  }
}
