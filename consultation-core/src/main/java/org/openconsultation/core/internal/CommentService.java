package org.openconsultation.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openconsultation.core.CommentThread;
import org.openconsultation.core.Comments;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.PublicationStatus;

/** Threaded comments with an optional stance. */
final class CommentService implements Comments {

  private final EngineContext context;
  private final Guard guard;
  private final Visibility visibility;

  CommentService(EngineContext context, Guard guard, Visibility visibility) {
    this.context = context;
    this.guard = guard;
    this.visibility = visibility;
  }

  @Override
  public Comment post(Actor actor, PostComment command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.COMMENT, c.id(), null);
          guard.phase(actor, c, Guard.OPEN);
          guard.feature(actor, c, Feature.COMMENTS);
          Participant author = guard.registered(actor, c.id());
          Contribution target =
              visibility.published(actor, c, command.contribution(), "comment.not-published");
          if (command.replyTo() != null) {
            boolean sameThread =
                context
                    .store()
                    .comments()
                    .find(c.id(), command.replyTo())
                    .filter(p -> p.contributionId().equals(target.id()))
                    .filter(p -> visibility.sees(actor, c, p))
                    .isPresent();
            if (!sameThread) {
              throw Guard.invalid(actor, "comment.parent", "replyTo");
            }
          }
          Instant now = context.now();
          PublicationStatus status =
              c.settings().moderationMode() == ModerationMode.PRE
                  ? PublicationStatus.PENDING
                  : PublicationStatus.PUBLISHED;
          Comment comment =
              new Comment(
                  c.id(),
                  new CommentId(context.ids().next()),
                  target.id(),
                  command.replyTo(),
                  author.id(),
                  command.body(),
                  command.stance(),
                  status,
                  now);
          context.store().comments().insert(comment);
          events.add(
              new DomainEvent.CommentPosted(
                  c.id(), author.id(), now, comment.id(), target.id(), status));
          return comment;
        });
  }

  @Override
  public List<Comment> list(Actor actor, ConsultationId consultation, ContributionId contribution) {
    return context.read(
        actor,
        () -> {
          Consultation c = guard.consultation(actor, consultation);
          Contribution target = visibility.contribution(actor, c, contribution);
          return context
              .store()
              .comments()
              .list(c.id(), target.id(), EnumSet.allOf(PublicationStatus.class))
              .stream()
              .filter(x -> visibility.sees(actor, c, x))
              .toList();
        });
  }

  @Override
  public List<CommentThread> threads(
      Actor actor, ConsultationId consultation, ContributionId contribution) {
    List<Comment> visible = list(actor, consultation, contribution);
    Set<CommentId> shown = new HashSet<>();
    visible.forEach(c -> shown.add(c.id()));
    Map<CommentId, List<Comment>> children = new LinkedHashMap<>();
    List<Comment> roots = new ArrayList<>();
    for (Comment c : visible) {
      if (c.parent() != null && shown.contains(c.parent())) {
        children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
      } else {
        roots.add(c);
      }
    }
    return roots.stream().map(r -> thread(r, children)).toList();
  }

  private static CommentThread thread(Comment c, Map<CommentId, List<Comment>> children) {
    List<CommentThread> replies =
        children.getOrDefault(c.id(), List.of()).stream().map(r -> thread(r, children)).toList();
    return new CommentThread(c, replies);
  }
}
