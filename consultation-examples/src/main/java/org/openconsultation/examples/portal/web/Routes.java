package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;

/**
 * The consultation's pages, all under {@code /c/{slug}}. Fixed paths come first: a contribution's
 * permalink, {@code /c/{slug}/{reference}}, takes whatever is left.
 */
final class Routes {

  private static final String C = "/c/{slug}";

  private Routes() {}

  static void install(Javalin app, Site site) {
    HomePages.install(app, site);
    RankingList list = new RankingList(site);
    ContributionForms forms = new ContributionForms(site);
    app.get(C + "/contributions", list::show);
    app.post(C + "/contributions", forms::submit);
    app.get(C + "/new", forms::newForm);

    ImportPages imports = new ImportPages(site);
    app.get(C + "/workshops/import", imports::form);
    app.post(C + "/workshops/import", imports::upload);
    app.get(C + "/workshops/import/template.csv", imports::template);

    WorkshopPages workshops = new WorkshopPages(site);
    app.get(C + "/workshops", workshops::list);
    app.get(C + "/workshops/{workshop}", workshops::show);
    app.get(C + "/workshops/{workshop}/contribute", workshops::form);
    app.post(C + "/workshops/{workshop}/contribute", workshops::submit);

    MapPage map = new MapPage(site);
    app.get(C + "/map", map::show);
    app.get(C + "/map/{file}", map::layer);
    app.get(C + "/dashboard", new DashboardPage(site)::show);
    SynthesisPage synthesis = new SynthesisPage(site);
    app.get(C + "/synthesis", synthesis::show);
    app.get(C + "/synthesis.md", synthesis::markdown);
    ExportPages exports = new ExportPages(site);
    app.get(C + "/data", exports::show);
    app.get(C + "/data/{file}", exports::file);

    ModerationPages moderation = new ModerationPages(site);
    app.get(C + "/moderation", moderation::show);
    app.post(C + "/moderation", moderation::decide);

    OrganiserPages organiser = new OrganiserPages(site);
    app.get(C + "/organise", organiser::show);
    app.post(C + "/organise/publish", organiser::publish);
    app.post(C + "/organise/close", organiser::close);
    app.post(C + "/organise/extend", organiser::extend);
    app.post(C + "/organise/news", organiser::news);
    app.post(C + "/organise/milestones", organiser::addMilestone);
    app.post(C + "/organise/milestones/{milestone}", organiser::updateMilestone);
    app.post(C + "/organise/settings", organiser::settings);

    ContributionPage contribution = new ContributionPage(site);
    ParticipationActions actions = new ParticipationActions(site);
    app.get(C + "/{reference}", contribution::show);
    app.get(C + "/{reference}/edit", forms::editForm);
    app.post(C + "/{reference}/edit", forms::save);
    app.post(C + "/{reference}/vote", actions::vote);
    app.post(C + "/{reference}/comments", actions::comment);
    app.post(C + "/{reference}/flag", actions::flagContribution);
    app.post(C + "/{reference}/comments/{comment}/flag", actions::flagComment);
  }
}
