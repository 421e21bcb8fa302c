package org.openconsultation.core.spi;

import java.util.List;
import java.util.Optional;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** Stores themes. */
public interface ThemeRepository {

  /** Adds a theme; a conflict if its id is taken. */
  void insert(Theme theme);

  /** Replaces a theme; not found if absent. */
  void update(Theme theme);

  /** The theme with this id in this consultation. */
  Optional<Theme> find(ConsultationId consultation, ThemeId id);

  /** The consultation's themes by ascending position, then id. */
  List<Theme> list(ConsultationId consultation);
}
