package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.spi.ThemeRepository;

/** Themes, listed by position then id. */
final class MemoryThemes implements ThemeRepository {

  private static final Comparator<Theme> ORDER =
      Comparator.comparingInt(Theme::position)
          .thenComparing(theme -> theme.id().value(), Order.UUIDS);

  private final Table<ThemeId, Theme> table;

  MemoryThemes(StoreLock lock) {
    this.table = new Table<>(lock, "theme", Theme::consultationId, Theme::id, ORDER);
  }

  @Override
  public void insert(Theme theme) {
    table.insert(theme);
  }

  @Override
  public void update(Theme theme) {
    table.update(theme);
  }

  @Override
  public Optional<Theme> find(ConsultationId consultation, ThemeId id) {
    return table.find(consultation, id);
  }

  @Override
  public List<Theme> list(ConsultationId consultation) {
    return table.list(consultation);
  }
}
