package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.openconsultation.core.command.AddMilestone;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.PublishNews;
import org.openconsultation.core.command.UpdateMilestone;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Feature;
import org.openconsultation.core.model.ForbiddenException;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationMode;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.VoteMode;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.examples.portal.view.OrganiseView;

/**
 * The organiser's pages: publish a draft, close early with a reason, extend, publish news, keep the
 * timeline and change the settings. The engine checks every command; the page is shown to
 * organisers only.
 */
final class OrganiserPages {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final Site site;

  OrganiserPages(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    if (!visit.actor().has(Role.ORGANISER)) {
      throw new ForbiddenException(
          "portal.organisers-only", visit.texts().get("organise.organisers-only"));
    }
    Consultation c = visit.consultation();
    OrganiseView view =
        new OrganiseView(
            c.effectiveClosing()
                .atZone(c.schedule().zone())
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .format(LOCAL),
            visit.engine().milestones().timeline(visit.actor(), c.id()),
            visit.engine().rankings().rules().all().stream()
                .map(RankingRule::name)
                .distinct()
                .toList());
    visit.render("organise.jte", visit.page(visit.texts().get("organise.title"), "organise"), view);
  }

  void publish(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    visit.engine().consultations().publish(visit.actor(), visit.consultation().id());
    back(visit, "organise.published");
  }

  void close(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    visit
        .engine()
        .consultations()
        .closeEarly(
            visit.actor(), new CloseEarly(visit.consultation().id(), visit.forms().text("reason")));
    back(visit, "organise.closed");
  }

  void extend(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Consultation c = visit.consultation();
    LocalDateTime local = visit.forms().required("closesAt", s -> LocalDateTime.parse(s));
    visit
        .engine()
        .consultations()
        .extend(
            visit.actor(),
            new ExtendConsultation(c.id(), local.atZone(c.schedule().zone()).toInstant()));
    back(visit, "organise.extended");
  }

  void news(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    visit
        .engine()
        .news()
        .publish(
            visit.actor(),
            new PublishNews(visit.consultation().id(), forms.text("title"), forms.text("body")));
    back(visit, "organise.news-published");
  }

  void addMilestone(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    visit
        .engine()
        .milestones()
        .add(
            visit.actor(),
            new AddMilestone(
                visit.consultation().id(),
                forms.text("label"),
                forms.text("description"),
                forms.required("date", LocalDate::parse),
                forms.required("status", Forms.constant(MilestoneStatus.class))));
    back(visit, "organise.milestone-added");
  }

  void updateMilestone(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    MilestoneId id =
        forms.parsed(ctx.pathParam("milestone"), "milestone", Forms.id(MilestoneId::new));
    visit
        .engine()
        .milestones()
        .update(
            visit.actor(),
            new UpdateMilestone(
                visit.consultation().id(),
                id,
                forms.text("label"),
                forms.text("description"),
                forms.required("date", LocalDate::parse),
                forms.required("status", Forms.constant(MilestoneStatus.class))));
    back(visit, "organise.milestone-updated");
  }

  void settings(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Forms forms = visit.forms();
    Set<Feature> features = EnumSet.noneOf(Feature.class);
    for (String name : ctx.formParams("feature")) {
      features.add(forms.parsed(name, "feature", Forms.constant(Feature.class)));
    }
    ConsultationSettings settings =
        new ConsultationSettings(
            forms.required("voteMode", Forms.constant(VoteMode.class)),
            forms.required("supportLimit", Integer::valueOf),
            forms.required("moderationMode", Forms.constant(ModerationMode.class)),
            forms.required("autoHideThreshold", Integer::valueOf),
            features,
            forms.optional("resultsHiddenUntilClose") != null,
            forms.required("defaultRankingRule", s -> s),
            forms.required("gradeCount", Integer::valueOf));
    visit
        .engine()
        .consultations()
        .updateSettings(visit.actor(), new UpdateSettings(visit.consultation().id(), settings));
    back(visit, "organise.settings-saved");
  }

  private static void back(Visit visit, String noticeKey) {
    visit.done(noticeKey, "/c/" + visit.consultation().slug() + "/organise");
  }
}
