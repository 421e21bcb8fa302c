package org.openconsultation.core.internal;

import static org.openconsultation.core.internal.TableColumn.optional;
import static org.openconsultation.core.internal.TableColumn.required;
import static org.openconsultation.core.internal.TableFieldType.IDENTIFIER;
import static org.openconsultation.core.internal.TableFieldType.INTEGER;
import static org.openconsultation.core.internal.TableFieldType.STRING;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** The themes table: one row per theme, in their order. */
final class TableThemes {

  private TableThemes() {}

  static TableDefinition<Theme, Theme> definition() {
    return new TableDefinition<Theme, Theme>(
        ExportTable.THEMES,
        "Themes",
        "The themes of the consultation, in the order they are shown.",
        List.of(
            required("id", IDENTIFIER, "The theme's identifier.", (x, t) -> t.id().toString()),
            required(
                "position",
                INTEGER,
                "Its place in the list, from 0.",
                (x, t) -> Integer.toString(t.position())),
            required("title", STRING, "The title.", (x, t) -> t.title()),
            optional("description", STRING, "What the theme covers.", (x, t) -> t.description())),
        List.of("id"),
        List.of(),
        (context, action) -> context.store().themes().list(context.id()).forEach(action),
        TableThemes::read);
  }

  private static @Nullable Theme read(TableRow row, ConsultationId consultation) {
    ThemeId id = new ThemeId(row.id("id"));
    int position = row.integer("position");
    String title = row.requiredText("title");
    String description = row.text("description");
    return row.valid() ? new Theme(consultation, id, title, description, position) : null;
  }
}
