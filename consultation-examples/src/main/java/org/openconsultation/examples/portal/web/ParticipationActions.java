package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.FlagContent;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Stance;

/** Voting, commenting and flagging from a contribution's page; each returns to that page. */
final class ParticipationActions {

  private final Site site;

  ParticipationActions(Site site) {
    this.site = site;
  }

  void vote(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Contribution x = ContributionForms.current(visit);
    String value = visit.forms().required("value", s -> s.toLowerCase(Locale.ROOT));
    if (value.equals("retract")) {
      visit
          .engine()
          .votes()
          .retract(visit.actor(), new RetractBallot(visit.consultation().id(), x.id()));
      visit.done("vote.retracted", visit.permalink(x) + "#votes");
    } else {
      Ballot ballot = visit.forms().parsed(value, "value", ParticipationActions::ballot);
      visit
          .engine()
          .votes()
          .cast(visit.actor(), new CastBallot(visit.consultation().id(), x.id(), ballot));
      visit.done("vote.cast", visit.permalink(x) + "#votes");
    }
  }

  void comment(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    Contribution x = ContributionForms.current(visit);
    @Nullable CommentId replyTo =
        forms.parsed(forms.optional("replyTo"), "replyTo", Forms.id(CommentId::new));
    @Nullable Stance stance =
        forms.parsed(forms.optional("stance"), "stance", Forms.constant(Stance.class));
    Comment posted =
        visit
            .engine()
            .comments()
            .post(
                visit.actor(),
                new PostComment(
                    visit.consultation().id(), x.id(), replyTo, forms.text("body"), stance));
    visit.done(
        posted.status() == PublicationStatus.PENDING ? "comment.pending" : "comment.posted",
        visit.permalink(x) + "#comment-" + posted.id());
  }

  void flagContribution(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Contribution x = ContributionForms.current(visit);
    flag(visit, x, new ContentRef.OfContribution(x.id()));
  }

  void flagComment(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Contribution x = ContributionForms.current(visit);
    CommentId comment =
        visit.forms().parsed(ctx.pathParam("comment"), "target", Forms.id(CommentId::new));
    flag(visit, x, new ContentRef.OfComment(comment));
  }

  private static void flag(Visit visit, Contribution x, ContentRef target) {
    visit
        .engine()
        .moderation()
        .flag(
            visit.actor(),
            new FlagContent(visit.consultation().id(), target, visit.forms().text("reason")));
    visit.done("flag.recorded", visit.permalink(x));
  }

  /** A ballot from its form value: {@code support}, {@code for}, {@code grade-3}... */
  static Ballot ballot(String value) {
    return switch (value) {
      case "support" -> Ballot.support();
      case "approval" -> Ballot.approval();
      case "for" -> Ballot.inFavour();
      case "against" -> Ballot.against();
      case "neutral" -> Ballot.neutral();
      default -> {
        if (!value.startsWith("grade-")) {
          throw new IllegalArgumentException("not a ballot: " + value);
        }
        yield Ballot.grade(Integer.parseInt(value.substring("grade-".length())));
      }
    };
  }
}
