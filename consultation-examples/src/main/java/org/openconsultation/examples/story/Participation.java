package org.openconsultation.examples.story;

import static org.openconsultation.examples.story.Narrator.quote;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Stance;

/** The members' part beyond contributing: registering, commenting and supporting. */
final class Participation {

  private final ConsultationEngine engine;
  private final StoryClock clock;
  private final Narrator narrator;
  private final ConsultationId consultation;
  private final Submissions submissions;
  private final Map<String, CommentId> comments = new HashMap<>();
  private long supports;

  Participation(
      ConsultationEngine engine,
      StoryClock clock,
      Narrator narrator,
      ConsultationId consultation,
      Submissions submissions) {
    this.engine = engine;
    this.clock = clock;
    this.narrator = narrator;
    this.consultation = consultation;
    this.submissions = submissions;
  }

  /** Every member registers, some minutes apart, consenting to the terms (version "1"). */
  void register() {
    for (Member m : Member.values()) {
      clock.set(StoryData.REGISTRATIONS.plusMinutes(23L * m.ordinal()));
      Register command = new Register(consultation, m.displayName(), m.kind(), m.territory(), "1");
      engine.participants().register(m.actor(), command);
    }
    narrator.say(
        engine.participants().count(Actor.visitor(), consultation)
            + " inscrits, dont une association, une collectivité et une entreprise.");
  }

  /** A member comments on a contribution, or replies to a comment. */
  void remark(Scene.Remark s) {
    Contribution target = submissions.get(s.contribution());
    @Nullable CommentId parent = s.replyTo() == null ? null : comments.get(s.replyTo());
    Comment comment =
        engine
            .comments()
            .post(
                s.author().actor(),
                new PostComment(consultation, target.id(), parent, s.body(), s.stance()));
    comments.put(s.key(), comment.id());
    String how = parent != null ? " répond sur " : stance(s.stance());
    narrator.say(s.author().displayName() + how + target.reference() + " : " + quote(s.body()));
  }

  /** A week's supports. */
  void supports(Scene.Supports s) {
    for (Scene.Ballots b : s.ballots()) {
      for (String key : b.contributions()) {
        CastBallot command =
            new CastBallot(consultation, submissions.get(key).id(), Ballot.support());
        engine.votes().cast(b.voter().actor(), command);
      }
    }
    supports += s.count();
    narrator.say(
        "Bilan de la semaine : "
            + Narrator.plural(s.count(), "soutien")
            + " de "
            + Narrator.plural(s.ballots().size(), "participant")
            + ", "
            + supports
            + " au total.");
  }

  /** Tries to support a contribution after the close; returns the engine's refusal. */
  ConsultationException lateVote() {
    clock.set(StoryData.LATE_VOTE);
    Member voter = StoryData.LATE_VOTER;
    Contribution target = submissions.get(StoryData.LATE_VOTE_TARGET);
    try {
      engine
          .votes()
          .cast(voter.actor(), new CastBallot(consultation, target.id(), Ballot.support()));
    } catch (ConsultationException refused) {
      narrator.say(
          voter.displayName()
              + " tente encore de soutenir "
              + target.reference()
              + " : refusé, "
              + quote(refused.getMessage()));
      return refused;
    }
    throw new IllegalStateException("the engine accepted a vote after the close");
  }

  private static String stance(@Nullable Stance stance) {
    if (stance == null) {
      return " commente ";
    }
    return switch (stance) {
      case AGREE -> ", d'accord avec ";
      case NEUTRAL -> ", sans avis tranché sur ";
      case DISAGREE -> ", en désaccord avec ";
    };
  }
}
