package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.Themes;
import org.openconsultation.core.auth.Action;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.UpdateTheme;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;

/** Themes, kept at positions 0, 1, 2… */
final class ThemeService implements Themes {

  private static final EnumSet<Phase> EDITABLE =
      EnumSet.of(Phase.DRAFT, Phase.SCHEDULED, Phase.OPEN);

  private final EngineContext context;
  private final Guard guard;

  ThemeService(EngineContext context, Guard guard) {
    this.context = context;
    this.guard = guard;
  }

  @Override
  public Theme add(Actor actor, AddTheme command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = editable(actor, command.consultation());
          int position = context.store().themes().list(c.id()).size();
          Theme theme =
              new Theme(
                  c.id(),
                  new ThemeId(context.ids().next()),
                  command.title(),
                  command.description(),
                  position);
          context.store().themes().insert(theme);
          events.add(
              new DomainEvent.ThemeChanged(c.id(), actor.participant(), context.now(), theme.id()));
          return theme;
        });
  }

  @Override
  public Theme update(Actor actor, UpdateTheme command) {
    return context.command(
        actor,
        command,
        events -> {
          Consultation c = editable(actor, command.consultation());
          List<Theme> order = new ArrayList<>(context.store().themes().list(c.id()));
          Theme current = find(actor, c.id(), command.theme());
          order.removeIf(t -> t.id().equals(current.id()));
          int position = Math.min(command.position(), order.size());
          Theme updated =
              new Theme(c.id(), current.id(), command.title(), command.description(), position);
          order.add(position, updated);
          for (int i = 0; i < order.size(); i++) {
            Theme t = order.get(i);
            Theme placed =
                t.id().equals(updated.id())
                    ? updated
                    : new Theme(t.consultationId(), t.id(), t.title(), t.description(), i);
            if (!placed.equals(t) || placed == updated) {
              context.store().themes().update(placed);
            }
          }
          events.add(
              new DomainEvent.ThemeChanged(
                  c.id(), actor.participant(), context.now(), current.id()));
          return updated;
        });
  }

  @Override
  public Theme get(Actor actor, ConsultationId consultation, ThemeId id) {
    Objects.requireNonNull(id, "id");
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return find(actor, consultation, id);
        });
  }

  @Override
  public List<Theme> list(Actor actor, ConsultationId consultation) {
    return context.read(
        actor,
        () -> {
          guard.consultation(actor, consultation);
          return context.store().themes().list(consultation);
        });
  }

  private Consultation editable(Actor actor, ConsultationId id) {
    Consultation c = guard.consultation(actor, id);
    guard.allow(actor, Action.MANAGE_THEMES, c.id(), null);
    guard.phase(actor, c, EDITABLE);
    return c;
  }

  private Theme find(Actor actor, ConsultationId consultation, ThemeId id) {
    return context
        .store()
        .themes()
        .find(consultation, id)
        .orElseThrow(() -> Guard.notFound(actor, "theme", id));
  }
}
