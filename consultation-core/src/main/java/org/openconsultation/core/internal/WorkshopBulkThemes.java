package org.openconsultation.core.internal;

import java.util.List;
import java.util.Locale;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/**
 * Finds the themes a workshop file names: by id, by title ignoring case, or else by title ignoring
 * case, accents and spacing.
 */
final class WorkshopBulkThemes {

  private final List<Theme> themes;

  WorkshopBulkThemes(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  /** The themes {@code text} may name: none, one, or several when the title is ambiguous. */
  List<ThemeId> matching(String text) {
    String wanted = text.strip();
    List<ThemeId> byId =
        themes.stream()
            .map(Theme::id)
            .filter(id -> id.toString().equalsIgnoreCase(wanted))
            .toList();
    if (!byId.isEmpty()) {
      return byId;
    }
    List<ThemeId> exact =
        themes.stream()
            .filter(t -> t.title().strip().toLowerCase(Locale.ROOT).equals(lower(wanted)))
            .map(Theme::id)
            .toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    String key = WorkshopBulkColumn.key(wanted);
    return themes.stream()
        .filter(t -> WorkshopBulkColumn.key(t.title()).equals(key))
        .map(Theme::id)
        .toList();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
