package org.openconsultation.core;

import java.util.List;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** A consultation's themes, in order. Organisers change them until the consultation closes. */
public interface Themes {

  /** Adds a theme after the existing ones. */
  Theme add(Actor actor, AddTheme command);

  /** Renames and moves a theme; the others shift so positions stay 0, 1, 2… */
  Theme update(Actor actor, UpdateTheme command);

  /** A theme. */
  Theme get(Actor actor, ConsultationId consultation, ThemeId id);

  /** The themes, in order. */
  List<Theme> list(Actor actor, ConsultationId consultation);
}
