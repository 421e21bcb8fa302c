package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;
import org.openconsultation.examples.portal.view.ContributionForm;
import org.openconsultation.examples.portal.view.FormState;
import org.openconsultation.examples.portal.view.WorkshopView;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * Workshops: the list, a workshop's page with its collective contributions, and the form where its
 * facilitator (or an organiser) submits a collective contribution on the workshop's behalf.
 */
final class WorkshopPages {

  private final Site site;

  WorkshopPages(Site site) {
    this.site = site;
  }

  void list(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    List<WorkshopView> views =
        visit.engine().workshops().list(visit.actor(), visit.consultation().id()).stream()
            .sorted(Comparator.comparing(Workshop::heldAt))
            .map(w -> view(visit, w))
            .toList();
    visit.render(
        "workshops.jte", visit.page(visit.texts().get("workshop.list"), "workshops"), views);
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Workshop w = workshop(visit);
    visit.render("workshop.jte", visit.page(w.title(), "workshops"), view(visit, w));
  }

  void form(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Workshop w = workshop(visit);
    showForm(visit, w, FormState.of(Map.of("attendeeCount", Integer.toString(w.attendeeCount()))));
  }

  void submit(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    Workshop w = workshop(visit);
    FormState typed =
        FormState.of(
            Map.of(
                "theme", forms.text("theme"),
                "title", forms.text("title"),
                "body", forms.text("body"),
                "attendeeCount", forms.text("attendeeCount")));
    Contribution done;
    try {
      ThemeId theme = forms.required("theme", Forms.id(ThemeId::new));
      Integer attendees =
          forms.parsed(forms.optional("attendeeCount"), "attendeeCount", Integer::valueOf);
      done =
          visit
              .engine()
              .contributions()
              .submitCollective(
                  visit.actor(),
                  new SubmitCollectiveContribution(
                      visit.consultation().id(),
                      w.id(),
                      theme,
                      typed.value("title"),
                      typed.value("body"),
                      attendees));
    } catch (InvalidInputException refused) {
      ctx.status(422);
      showForm(visit, w, typed.refused(refused.violations()));
      return;
    }
    ContributionForms.published(visit, done, "collective.submitted");
  }

  private void showForm(Visit visit, Workshop w, FormState form) {
    Map<ThemeId, Theme> themes = themes(visit);
    List<Theme> offered =
        w.themes().isEmpty()
            ? List.copyOf(themes.values())
            : w.themes().stream().map(themes::get).filter(t -> t != null).toList();
    ContributionForm view =
        new ContributionForm(
            "/c/" + visit.consultation().slug() + "/workshops/" + w.id() + "/contribute",
            null,
            w,
            offered,
            form);
    visit.render(
        "contributionForm.jte",
        visit.page(visit.texts().get("collective.title", w.title()), "workshops"),
        view);
  }

  private static Workshop workshop(Visit visit) {
    WorkshopId id =
        visit
            .forms()
            .parsed(visit.ctx().pathParam("workshop"), "workshop", Forms.id(WorkshopId::new));
    return visit.engine().workshops().get(visit.actor(), visit.consultation().id(), id);
  }

  private static WorkshopView view(Visit visit, Workshop w) {
    Actor actor = visit.actor();
    Consultation c = visit.consultation();
    Names names = new Names(visit);
    Map<ThemeId, Theme> themes = themes(visit);
    @Nullable DemoPerson person = visit.person();
    boolean runs = person != null && (w.isRunBy(person.id()) || actor.has(Role.ORGANISER));
    boolean may =
        runs
            && (actor.has(Role.FACILITATOR) || actor.has(Role.ORGANISER))
            && visit.engine().consultations().phase(c.id()) == Phase.OPEN;
    return new WorkshopView(
        w,
        w.facilitators().stream().map(names::person).sorted().toList(),
        w.themes().stream().map(themes::get).filter(t -> t != null).map(Theme::title).toList(),
        visit.engine().workshops().contributions(actor, c.id(), w.id()),
        may);
  }

  private static Map<ThemeId, Theme> themes(Visit visit) {
    return visit.engine().themes().list(visit.actor(), visit.consultation().id()).stream()
        .collect(
            Collectors.toMap(
                Theme::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
