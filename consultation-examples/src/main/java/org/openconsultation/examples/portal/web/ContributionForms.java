package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.command.EditContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.examples.portal.view.ContributionForm;
import org.openconsultation.examples.portal.view.FormState;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * Submitting a contribution (an institutional one for an organisation's account) and editing one's
 * own: a refused form comes back with the values typed and the engine's reasons per field.
 */
final class ContributionForms {

  private final Site site;

  ContributionForms(Site site) {
    this.site = site;
  }

  void newForm(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Map<String, String> values = new LinkedHashMap<>();
    String theme = visit.forms().query("theme");
    if (theme != null) {
      values.put("theme", theme);
    }
    showNew(visit, FormState.of(values));
  }

  void submit(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    FormState typed =
        FormState.of(
            Map.of(
                "theme",
                forms.text("theme"),
                "title",
                forms.text("title"),
                "body",
                forms.text("body")));
    Consultation c = visit.consultation();
    Actor actor = visit.actor();
    @Nullable DemoPerson person = visit.person();
    Contribution done;
    try {
      ThemeId theme = forms.required("theme", Forms.id(ThemeId::new));
      if (person != null
          && person.kind().isInstitution()
          && c.settings().has(Feature.INSTITUTIONAL_CONTRIBUTIONS)) {
        done =
            visit
                .engine()
                .contributions()
                .submitInstitutional(
                    actor,
                    new SubmitInstitutionalContribution(
                        c.id(),
                        theme,
                        typed.value("title"),
                        typed.value("body"),
                        person.displayName(),
                        null));
      } else {
        done =
            visit
                .engine()
                .contributions()
                .submit(
                    actor,
                    new SubmitContribution(
                        c.id(), theme, typed.value("title"), typed.value("body")));
      }
    } catch (InvalidInputException refused) {
      ctx.status(422);
      showNew(visit, typed.refused(refused.violations()));
      return;
    }
    published(visit, done, "contribution.submitted");
  }

  void editForm(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Contribution x = current(visit);
    showEdit(visit, x, FormState.of(Map.of("title", x.title(), "body", x.body(), "note", "")));
  }

  void save(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    Contribution x = current(visit);
    FormState typed =
        FormState.of(
            Map.of(
                "title",
                forms.text("title"),
                "body",
                forms.text("body"),
                "note",
                forms.text("note")));
    Contribution done;
    try {
      done =
          visit
              .engine()
              .contributions()
              .edit(
                  visit.actor(),
                  new EditContribution(
                      visit.consultation().id(),
                      x.id(),
                      typed.value("title"),
                      typed.value("body"),
                      typed.value("note")));
    } catch (InvalidInputException refused) {
      ctx.status(422);
      showEdit(visit, x, typed.refused(refused.violations()));
      return;
    }
    visit.done("contribution.edited", visit.permalink(done), done.revision());
  }

  /** The contribution of the path's reference, as it is now. */
  static Contribution current(Visit visit) {
    return visit
        .engine()
        .contributions()
        .resolve(visit.actor(), visit.consultation().id(), visit.ctx().pathParam("reference"))
        .contribution();
  }

  /** Sends the browser to a new contribution, saying whether it awaits moderation. */
  static void published(Visit visit, Contribution done, String noticeKey) {
    String link = visit.permalink(done);
    if (done.status() == PublicationStatus.PENDING) {
      visit.done("contribution.pending", link, done.reference());
    } else {
      visit.done(noticeKey, link, done.reference());
    }
  }

  private void showNew(Visit visit, FormState form) {
    ContributionForm view =
        new ContributionForm(
            "/c/" + visit.consultation().slug() + "/contributions",
            null,
            null,
            themes(visit),
            form);
    visit.render(
        "contributionForm.jte", visit.page(visit.texts().get("form.new.title"), "new"), view);
  }

  private void showEdit(Visit visit, Contribution x, FormState form) {
    ContributionForm view =
        new ContributionForm(
            "/c/" + visit.consultation().slug() + "/" + x.reference() + "/edit",
            x,
            null,
            themes(visit),
            form);
    visit.render(
        "contributionForm.jte",
        visit.page(visit.texts().get("form.edit.title", x.reference()), "contributions"),
        view);
  }

  private static List<org.openconsultation.core.model.Theme> themes(Visit visit) {
    return visit.engine().themes().list(visit.actor(), visit.consultation().id());
  }
}
