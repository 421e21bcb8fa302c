package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ModerationQueue;
import org.openconsultation.core.command.Moderate;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.view.ModerationView;

/**
 * The moderation queue: contributions and comments awaiting approval or reported, each with its
 * reports and a decision form (approve, hide, restore, with a reason), and the decisions so far.
 */
final class ModerationPages {

  private static final int EXCERPT = 80;

  private final Site site;

  ModerationPages(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Actor actor = visit.actor();
    ModerationQueue queue = visit.engine().moderation().queue(actor, visit.consultation().id());
    Targets targets = new Targets(visit);
    Names names = new Names(visit);
    Map<ContentRef, List<ModerationView.Report>> reports = new LinkedHashMap<>();
    for (Contribution x : queue.contributions()) {
      reports.put(new ContentRef.OfContribution(x.id()), new ArrayList<>());
    }
    for (Comment x : queue.comments()) {
      reports.put(new ContentRef.OfComment(x.id()), new ArrayList<>());
    }
    for (Flag f : queue.flags()) {
      reports
          .computeIfAbsent(f.target(), k -> new ArrayList<>())
          .add(new ModerationView.Report(names.person(f.reporter()), f.reason(), f.reportedAt()));
    }
    List<ModerationView.Item> items = new ArrayList<>();
    reports.forEach((target, list) -> items.add(targets.item(target, list)));
    List<ModerationView.Decision> decisions =
        visit.engine().moderation().decisions(actor, visit.consultation().id()).stream()
            .sorted(Comparator.comparing(ModerationDecision::decidedAt).reversed())
            .map(
                d ->
                    new ModerationView.Decision(
                        d,
                        targets.item(d.target(), List.of()).label(),
                        d.moderator() == null ? null : names.person(d.moderator())))
            .toList();
    visit.render(
        "moderation.jte",
        visit.page(visit.texts().get("moderation.title"), "moderation"),
        new ModerationView(items, decisions));
  }

  void decide(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    String kind = forms.required("kind", s -> s);
    ContentRef target =
        kind.equals("comment")
            ? new ContentRef.OfComment(forms.required("target", Forms.id(CommentId::new)))
            : new ContentRef.OfContribution(
                forms.required("target", Forms.id(ContributionId::new)));
    ModerationAction action = forms.required("action", Forms.constant(ModerationAction.class));
    visit
        .engine()
        .moderation()
        .decide(
            visit.actor(),
            new Moderate(visit.consultation().id(), target, action, forms.text("reason")));
    visit.done(
        "moderation.decided",
        "/c/" + visit.consultation().slug() + "/moderation",
        visit.texts().get("action." + action.name()));
  }

  /** Finds what a report or decision is about, reading each contribution's comments once. */
  private static final class Targets {
    private final Visit visit;
    private final Map<CommentId, Comment> comments = new HashMap<>();
    private boolean commentsRead;

    Targets(Visit visit) {
      this.visit = visit;
    }

    ModerationView.Item item(ContentRef target, List<ModerationView.Report> reports) {
      Actor actor = visit.actor();
      if (target instanceof ContentRef.OfContribution of) {
        Contribution x =
            visit.engine().contributions().get(actor, visit.consultation().id(), of.id());
        return new ModerationView.Item(
            "contribution",
            x.id().toString(),
            x.reference() + " · " + x.title(),
            visit.permalink(x),
            x.status(),
            reports);
      }
      CommentId id = ((ContentRef.OfComment) target).id();
      Comment comment = comment(id);
      if (comment == null) {
        return new ModerationView.Item(
            "comment", id.toString(), id.toString(), null, PublicationStatus.HIDDEN, reports);
      }
      Contribution on =
          visit
              .engine()
              .contributions()
              .get(actor, visit.consultation().id(), comment.contributionId());
      String body = comment.body();
      String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body;
      return new ModerationView.Item(
          "comment",
          id.toString(),
          "« " + excerpt + " »",
          visit.permalink(on) + "#comment-" + id,
          comment.status(),
          reports);
    }

    private @Nullable Comment comment(CommentId id) {
      if (!commentsRead) {
        commentsRead = true;
        Actor actor = visit.actor();
        var consultation = visit.consultation().id();
        for (Contribution x :
            visit.engine().contributions().list(actor, consultation, ContributionFilter.all())) {
          for (Comment c : visit.engine().comments().list(actor, consultation, x.id())) {
            comments.put(c.id(), c);
          }
        }
      }
      return comments.get(id);
    }
  }
}
