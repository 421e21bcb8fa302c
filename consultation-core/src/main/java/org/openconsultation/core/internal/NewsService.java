package org.openconsultation.core.internal;

import java.util.List;
import org.openconsultation.core.News;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;

/** News briefs. */
final class NewsService implements News {

  private final EngineContext context;
  private final Guard guard;

  NewsService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public NewsItem publish(Actor actor, PublishNews command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = guard.consultation(actor, command.consultation());
          guard.allow(actor, Action.PUBLISH_NEWS, c.id(), null);
          guard.phase(actor, c, Guard.NOT_ARCHIVED);
          NewsItem item =
              new NewsItem(
                  c.id(),
                  new NewsItemId(context.ids().next()),
                  command.title(),
                  command.body(),
                  Guard.signedIn(actor),
                  context.now());
          context.store().news().insert(item);
          events.add(
              new DomainEvent.NewsPublished(
                  c.id(), actor.participant(), item.publishedAt(), item.id()));
          return item;
        });
  }

  @Override
  public List<NewsItem> list(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().news().list(consultation);
        });
  }
}
