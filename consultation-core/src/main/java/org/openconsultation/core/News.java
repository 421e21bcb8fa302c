package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;

/** News briefs for the consultation's homepage. */
public interface News {

  /** Publishes a news item (any phase but archived). */
  NewsItem publish(Actor actor, PublishNews command);

  /** The news, newest first. */
  List<NewsItem> list(Actor actor, ConsultationId consultation);
}
