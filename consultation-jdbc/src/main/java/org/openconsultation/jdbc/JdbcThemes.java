package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ThemeRepository;

/** Themes in {@code oc_theme}, listed by position then id. */
final class JdbcThemes implements ThemeRepository {

  private static final String COLUMNS = "consultation_id, theme_id, title, description, position";

  private final Db db;
  private final Transactor tx;
  private final RowWrites writes;
  private final String insert;
  private final String update;
  private final String find;
  private final String list;

  JdbcThemes(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.writes = new RowWrites(db, tx);
    this.insert = db.sql("INSERT INTO {p}theme (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
    this.update =
        db.sql(
            "UPDATE {p}theme SET title = ?, description = ?, position = ?"
                + " WHERE consultation_id = ? AND theme_id = ?");
    this.find =
        db.sql("SELECT " + COLUMNS + " FROM {p}theme WHERE consultation_id = ? AND theme_id = ?");
    this.list =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}theme WHERE consultation_id = ? ORDER BY position, theme_id");
  }

  @Override
  public void insert(Theme theme) {
    writes.insert(
        "theme",
        theme.id(),
        insert,
        b ->
            b.uuid(theme.consultationId().value())
                .uuid(theme.id().value())
                .text(theme.title())
                .text(theme.description())
                .integer(theme.position()),
        c -> db.one(c, find, key(theme.consultationId(), theme.id()), JdbcThemes::map).isPresent());
  }

  @Override
  public void update(Theme theme) {
    writes.update(
        "theme",
        theme.id(),
        update,
        b ->
            b.text(theme.title())
                .text(theme.description())
                .integer(theme.position())
                .uuid(theme.consultationId().value())
                .uuid(theme.id().value()),
        c ->
            db.one(c, find, key(theme.consultationId(), theme.id()), JdbcThemes::map)
                .filter(theme::equals)
                .isPresent());
  }

  @Override
  public Optional<Theme> find(ConsultationId consultation, ThemeId id) {
    return tx.read(c -> db.one(c, find, key(consultation, id), JdbcThemes::map));
  }

  @Override
  public List<Theme> list(ConsultationId consultation) {
    return tx.read(c -> db.list(c, list, b -> b.uuid(consultation.value()), JdbcThemes::map));
  }

  private static Db.Binding key(ConsultationId consultation, ThemeId id) {
    return b -> b.uuid(consultation.value()).uuid(id.value());
  }

  private static Theme map(Row row) throws SQLException {
    return new Theme(
        new ConsultationId(row.uuid("consultation_id")),
        new ThemeId(row.uuid("theme_id")),
        row.text("title"),
        row.text("description"),
        row.integer("position"));
  }
}
