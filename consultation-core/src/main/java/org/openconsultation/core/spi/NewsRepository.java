package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;

/** Stores news briefs. */
public interface NewsRepository {

  /** Adds a news item; a conflict if its id is taken. */
  void insert(NewsItem item);

  /** The news item with this id in this consultation. */
  Optional<NewsItem> find(ConsultationId consultation, NewsItemId id);

  /** The consultation's news, newest first (then by id, descending). */
  List<NewsItem> list(ConsultationId consultation);
}
