package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.spi.NewsRepository;

/** News briefs in {@code oc_news_item}, listed newest first, then by id descending. */
final class JdbcNews implements NewsRepository {

  private static final String COLUMNS =
      "consultation_id, news_item_id, title, body, author, published_at";

  private final Db db;
  private final Transactor tx;
  private final RowWrites writes;
  private final String insert;
  private final String find;
  private final String list;

  JdbcNews(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.writes = new RowWrites(db, tx);
    this.insert = db.sql("INSERT INTO {p}news_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
    this.find =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}news_item WHERE consultation_id = ? AND news_item_id = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}news_item WHERE consultation_id = ?"
                + " ORDER BY published_at DESC, news_item_id DESC");
  }

  @Override
  public void insert(NewsItem item) {
    writes.insert(
        "news",
        item.id(),
        insert,
        b ->
            b.uuid(item.consultationId().value())
                .uuid(item.id().value())
                .text(item.title())
                .text(item.body())
                .text(item.author().value())
                .instant(item.publishedAt()),
        c -> db.one(c, find, key(item.consultationId(), item.id()), JdbcNews::map).isPresent());
  }

  @Override
  public Optional<NewsItem> find(ConsultationId consultation, NewsItemId id) {
    return tx.read(c -> db.one(c, find, key(consultation, id), JdbcNews::map));
  }

  @Override
  public List<NewsItem> list(ConsultationId consultation) {
    return tx.read(c -> db.list(c, list, b -> b.uuid(consultation.value()), JdbcNews::map));
  }

  private static Db.Binding key(ConsultationId consultation, NewsItemId id) {
    return b -> b.uuid(consultation.value()).uuid(id.value());
  }

  private static NewsItem map(Row row) throws SQLException {
    return new NewsItem(
        new ConsultationId(row.uuid("consultation_id")),
        new NewsItemId(row.uuid("news_item_id")),
        row.text("title"),
        row.text("body"),
        ParticipantId.of(row.text("author")),
        row.instant("published_at"));
  }
}
