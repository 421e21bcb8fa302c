package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.spi.NewsRepository;

/** News briefs, listed newest first, then by id descending. */
final class MemoryNews implements NewsRepository {

  private static final Comparator<NewsItem> ORDER =
      Comparator.comparing(NewsItem::publishedAt)
          .thenComparing(item -> item.id().value(), Order.UUIDS)
          .reversed();

  private final Table<NewsItemId, NewsItem> table;

  MemoryNews(StoreLock lock) {
    this.table = new Table<>(lock, "news", NewsItem::consultationId, NewsItem::id, ORDER);
  }

  @Override
  public void insert(NewsItem item) {
    table.insert(item);
  }

  @Override
  public Optional<NewsItem> find(ConsultationId consultation, NewsItemId id) {
    return table.find(consultation, id);
  }

  @Override
  public List<NewsItem> list(ConsultationId consultation) {
    return table.list(consultation);
  }
}
